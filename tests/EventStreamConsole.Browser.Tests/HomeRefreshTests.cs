using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>
/// The list while the inventory moves under it: a cold region says its counts are partial until it is read, and a
/// background refresh never takes the keyboard focus away from the row the user is on.
/// </summary>
public sealed class HomeRefreshTests(PacedEndToEndFixture fixture) : IClassFixture<PacedEndToEndFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_ColdRegionOnPhone_SaysCountsArePartialUntilRead()
    {
        var store = fixture.App.Services.GetRequiredService<InventoryStore>();
        var key = KeyOf("us-east-1");
        var page = await fixture.OpenAsync("/", width: 390, height: 844);

        // The 124 domains take about half a minute at AWS's pace; the page opened long before that.
        var partial = page.GetByText("counts are partial");
        await partial.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.False(store.Get(key).IsLoaded, "The region was read before the page could show its first read.");
        Assert.Matches(@"Reading (\d+|the domains of us-east-1)( of 124 domains)?; counts are partial", await partial.First.InnerTextAsync());
        await EndToEndFixture.ScreenshotAsync(page, "20-home-partial-read-390");

        await page.GetByText("of 124 domains ·").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal(0, await partial.CountAsync());
    }

    [Fact]
    public async Task Home_TwoBackgroundRefreshesLand_FocusStaysOnTheRowLink()
    {
        var store = fixture.App.Services.GetRequiredService<InventoryStore>();
        var key = KeyOf("eu-west-2");
        await store.RefreshAsync(key, Ct);
        var page = await fixture.OpenAsync("/?region=eu-west-2");
        await EndToEndFixture.BodyRows(page).First.WaitForAsync();

        // Keyboard only: tab from the top of the page until a link in the list has the focus.
        var focused = false;
        for (var i = 0; i < 80 && !focused; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('table') && document.activeElement.tagName === 'A'");
        }

        Assert.True(focused, "No link in the list could be reached with Tab.");
        var link = await page.EvaluateHandleAsync("() => document.activeElement");
        var name = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await page.EvaluateAsync("() => window.scrollTo(0, 40)");
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");

        for (var refresh = 1; refresh <= 2; refresh++)
        {
            var before = store.Get(key).RefreshedAt;
            await store.RefreshAsync(key, Ct);
            Assert.NotEqual(before, store.Get(key).RefreshedAt);
            // The store publishes at most twice a second; let the page follow and re-render its grid.
            await page.WaitForTimeoutAsync(1500);

            Assert.True(await page.EvaluateAsync<bool>("el => document.activeElement === el && el.isConnected", link),
                $"After refresh {refresh} the focus is on <{await page.EvaluateAsync<string>("() => document.activeElement?.tagName ?? 'none'")}>, not on the link '{name}'.");
        }

        Assert.Equal(name, await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
    }

    private InventoryKey KeyOf(string region) =>
        fixture.App.Services.GetRequiredService<RegionClients>().Keys.First(k => k.Region == region);
}
