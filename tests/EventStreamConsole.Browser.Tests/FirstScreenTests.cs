using System.Text.RegularExpressions;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>
/// What an on-call engineer opens a page for is on the first screen of a phone (390×844) and a tablet (820×1180) without
/// scrolling: the first stream on the home list, the unhealthy destinations on /health. Banners, buttons and filters give
/// it room.
/// </summary>
public sealed class FirstScreenTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    [Theory]
    [InlineData(390, 844)]
    [InlineData(820, 1180)]
    public async Task HomeList_PhoneAndTablet_FirstStreamInTheUpperPartOfTheFirstScreen(int width, int height)
    {
        var page = await fixture.OpenAsync("/", width, height);
        var first = EndToEndFixture.BodyRows(page).First;
        await first.WaitForAsync(s_waitFor);

        await EndToEndFixture.ScreenshotAsync(page, $"61-home-first-screen-{width}", fullPage: false);
        var box = await first.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y < height * 0.6, $"the first stream starts at {box.Y:0} px of {height} at {width} px");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(820, 1180)]
    public async Task DestinationHealth_PhoneAndTablet_FirstUnhealthyDestinationOnTheFirstScreen(int width, int height)
    {
        var page = await fixture.OpenAsync("/health", width, height);
        var heading = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = new Regex(@"^Unhealthy \(\d+\)") });
        await heading.WaitForAsync(s_waitFor);
        var firstOutage = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { NameRegex = new Regex(@"^Unhealthy \(\d+\)") })
            .Locator("tbody tr").First;
        await firstOutage.WaitForAsync(s_waitFor);

        await EndToEndFixture.ScreenshotAsync(page, $"61-health-first-screen-{width}", fullPage: false);
        var headingBox = await heading.BoundingBoxAsync();
        var rowBox = await firstOutage.BoundingBoxAsync();
        Assert.NotNull(headingBox);
        Assert.NotNull(rowBox);
        Assert.True(headingBox.Y < height * 0.6, $"'Unhealthy' starts at {headingBox.Y:0} px of {height} at {width} px");
        Assert.True(rowBox.Y + 40 < height, $"the first unhealthy destination starts at {rowBox.Y:0} px of {height} at {width} px");
    }
}
