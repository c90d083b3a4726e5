using System.Text.RegularExpressions;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>The history window of /health, chosen on a phone: in the address, in the headings, and accessible.</summary>
public sealed class HealthWindowTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly PageWaitForSelectorOptions s_wait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Health_ChooseThirtyDaysOnAPhone_InTheAddressAndTheHeading()
    {
        var page = await fixture.OpenAsync("/health", width: 390, height: 844);
        await page.WaitForSelectorAsync("text=Updated", s_wait);

        await page.Locator(".window-picker").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "30 days" }).ClickAsync();

        await page.WaitForFunctionAsync("() => location.search === '?window=30d'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        var history = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = new Regex("^Last 30 days") });
        await Assertions.Expect(history).ToBeVisibleAsync();
        var unhealthy = await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = new Regex(@"^Unhealthy \(\d+\)") }).InnerTextAsync();
        var ongoing = await history.InnerTextAsync();
        // As many ongoing outages as unhealthy destinations.
        Assert.Equal(Regex.Match(unhealthy, @"\((\d+)\)").Groups[1].Value, Regex.Match(ongoing, @"(\d+) ongoing").Groups[1].Value);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 390 px");
        await EndToEndFixture.ScreenshotAsync(page, "32-health-window-phone");
        await EndToEndFixture.AssertAccessibleAsync(page, "the destination health overview with a 30-day window");
    }
}
