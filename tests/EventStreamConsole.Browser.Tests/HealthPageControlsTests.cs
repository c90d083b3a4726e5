using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>
/// Controls that do what they say: the /health filters live in the address (a reload or a shared link shows the same
/// rows), and "Live updates" paused holds the picture still, counts what waits, and is remembered across reloads and pages.
/// </summary>
public sealed class HealthPageControlsTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<int, int, ColorScheme> SomeScreens => new()
    {
        { 1440, 900, ColorScheme.Dark },
        { 820, 1180, ColorScheme.Light },
        { 390, 844, ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(SomeScreens))]
    public async Task Filters_SearchAndRegion_InTheAddressAndRestoredOnReload(int width, int height, ColorScheme scheme)
    {
        var page = await fixture.OpenAsync("/health", width, height, scheme);
        var heading = page.Locator("#unhealthy-heading");
        await Assertions.Expect(heading).ToContainTextAsync("Unhealthy (", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await page.Locator(".region-card").First.WaitForAsync(s_waitFor);

        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Search domain, stream, destination or message" }).FillAsync("retail");
        await page.WaitForFunctionAsync("() => location.search.includes('q=retail')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        await page.GetByLabel("Region", new PageGetByLabelOptions { Exact = true }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "us-east-1" }).First.ClickAsync();

        await page.WaitForFunctionAsync("() => location.search.includes('q=retail') && location.search.includes('inRegion=us-east-1')", null,
            new PageWaitForFunctionOptions { Timeout = 15_000 });
        await EndToEndFixture.ScreenshotAsync(page, $"62-health-filtered-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);

        await page.ReloadAsync();
        await EndToEndFixture.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Search domain, stream, destination or message" })).ToHaveValueAsync("retail");
        await Assertions.Expect(heading).ToContainTextAsync("Unhealthy (", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        // The demo's destinations break and heal on their own, so the count may move; what the filters let through may not.
        foreach (var row in await page.Locator("section[aria-labelledby='unhealthy-heading'] tbody tr").AllAsync())
        {
            var text = await row.InnerTextAsync();
            Assert.Contains("retail", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("us-east-1", text, StringComparison.Ordinal);
        }
        await EndToEndFixture.AssertAccessibleAsync(page, "/health filtered");
    }

    [Fact]
    public async Task LiveUpdates_PausedOnHealth_HoldsCountsWhatWaitsAndIsRemembered()
    {
        var store = fixture.App.Services.GetRequiredService<InventoryStore>();
        var key = fixture.App.Services.GetRequiredService<RegionClients>().Keys.First(k => k.Region == "eu-west-2");
        await store.RefreshAsync(key, Ct);
        var page = await fixture.OpenAsync("/health", 820, 1180);
        await page.Locator(".region-card").First.WaitForAsync(s_waitFor);
        var live = page.GetByRole(AriaRole.Switch, new PageGetByRoleOptions { Name = "Live updates" });
        await Assertions.Expect(live).ToBeCheckedAsync();

        await live.ClickAsync();
        var paused = page.GetByRole(AriaRole.Switch, new PageGetByRoleOptions { Name = "Live updates paused" });
        await Assertions.Expect(paused).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".live-waiting")).ToContainTextAsync("nothing new yet");

        await store.RefreshAsync(key, Ct);
        await Assertions.Expect(page.Locator(".live-waiting")).ToContainTextAsync("waiting", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await EndToEndFixture.ScreenshotAsync(page, "63-health-live-updates-paused-820", fullPage: false);

        await page.ReloadAsync();
        await EndToEndFixture.WaitInteractiveAsync(page);
        await Assertions.Expect(paused).Not.ToBeCheckedAsync(new LocatorAssertionsToBeCheckedOptions { Timeout = 15_000 });

        await page.GotoAsync(new Uri(new Uri(page.Url), "/").ToString());
        await EndToEndFixture.WaitInteractiveAsync(page);
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        await Assertions.Expect(paused).Not.ToBeCheckedAsync();
        await EndToEndFixture.AssertAccessibleAsync(page, "/ paused");

        // Keyboard only: the switch is reached and flipped with the space bar.
        await paused.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(live).ToBeCheckedAsync();
        Assert.Equal("live", await page.EvaluateAsync<string>("() => localStorage.getItem('esc:liveUpdates')"));
    }

    [Theory]
    [InlineData(390, 844, ColorScheme.Dark)]
    [InlineData(1440, 900, ColorScheme.Light)]
    public async Task Acknowledge_FromHealth_NoteShownThereAndOnTheStreamPage(int width, int height, ColorScheme scheme)
    {
        var page = await fixture.OpenAsync("/health", width, height, scheme);
        var acknowledge = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Acknowledge the outage of" });
        await acknowledge.First.WaitForAsync(s_waitFor);
        var name = (await acknowledge.First.GetAttributeAsync("aria-label"))!["Acknowledge the outage of ".Length..];

        await acknowledge.First.ClickAsync();
        var dialog = EndToEndFixture.Dialog(page);
        await Assertions.Expect(EndToEndFixture.DialogButton(page, "Acknowledge")).ToBeDisabledAsync();
        await dialog.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Note" }).FillAsync($"Known: vendor ticket {width}; recreating the stream");
        await EndToEndFixture.ScreenshotAsync(page, $"64-acknowledge-dialog-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);
        await EndToEndFixture.AssertAccessibleAsync(page, "acknowledge dialog");
        await EndToEndFixture.DialogButton(page, "Acknowledge").ClickAsync();

        var row = page.Locator("section[aria-labelledby='unhealthy-heading'] tr").Filter(new LocatorFilterOptions { HasText = $"vendor ticket {width}" });
        await Assertions.Expect(row).ToContainTextAsync("Acknowledged by Local administrator", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Update note on the outage of {name}" })).ToBeVisibleAsync();
        await EndToEndFixture.ScreenshotAsync(page, $"65-health-acknowledged-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);

        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/streams/"), new PageWaitForURLOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".detail-card .ack-text")).ToContainTextAsync($"vendor ticket {width}", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await EndToEndFixture.ScreenshotAsync(page, $"66-stream-acknowledged-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);
    }
}
