using System.Text.RegularExpressions;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using EventStreamConsole.ViewModels;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>
/// Every page a user reaches, at laptop (1440), tablet (820×1180) and phone (390×844) widths in the light and the dark
/// theme: it shows what it is for without sideways scrolling of the page, and axe finds nothing serious. One screenshot per page, width and theme (look at them).
/// </summary>
public sealed class PageTourTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    public static TheoryData<string, int, int, ColorScheme> Tour
    {
        get
        {
            var data = new TheoryData<string, int, int, ColorScheme>();
            foreach (var page in (string[])["home", "health", "stream-unhealthy", "stream-stopped", "domain-without-stream", "domain-unknown", "audit"])
            {
                foreach (var (width, height) in (ReadOnlySpan<(int, int)>)[(1440, 900), (820, 1180), (390, 844)])
                {
                    data.Add(page, width, height, ColorScheme.Light);
                    data.Add(page, width, height, ColorScheme.Dark);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Tour))]
    public async Task Page_EveryWidthAndTheme_ReadableWithoutSidewaysScrollAndAccessible(string name, int width, int height, ColorScheme scheme)
    {
        var (path, lead) = await PlaceAsync(name);
        var page = await fixture.OpenAsync(path, width, height, scheme);
        var first = lead(page);
        await first.WaitForAsync(s_waitFor);
        await Assertions.Expect(page.Locator("[data-theme]")).ToHaveAttributeAsync("data-theme", EndToEndFixture.SchemeName(scheme));

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{name} scrolls sideways at {width} px");

        await EndToEndFixture.ScreenshotAsync(page, $"60-{name}-{width}-{EndToEndFixture.SchemeName(scheme)}");
        await EndToEndFixture.AssertAccessibleAsync(page, $"{name} at {width} px ({scheme})");
    }

    private async Task<(string Path, Func<IPage, ILocator> Lead)> PlaceAsync(string name)
    {
        var east = await DemoData.UsEastAsync(fixture.EmulatorAdmin);
        switch (name)
        {
            case "home":
                return ("/", page => EndToEndFixture.BodyRows(page).First);
            case "health":
                return ("/health", page => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = new Regex(@"^Unhealthy \(\d+\)") }));
            case "stream-unhealthy":
            {
                var stream = DemoData.FirstStream(east, s => s is { Status: "UNHEALTHY", State: "RUNNING" });
                return (Links.Stream("us-east-1", stream.DomainName, stream.EventStreamName),
                    page => page.Locator(".health-large").Filter(new LocatorFilterOptions { HasText = "UNHEALTHY" }));
            }

            case "stream-stopped":
            {
                var stream = DemoData.FirstStream(east, s => s.State == "STOPPED");
                return (Links.Stream("us-east-1", stream.DomainName, stream.EventStreamName),
                    page => page.Locator(".state-lead").Filter(new LocatorFilterOptions { HasText = "STOPPED" }));
            }

            case "domain-without-stream":
            {
                var domain = await DemoData.DomainWithoutStreamAsync(fixture.EmulatorAdmin);
                return (Links.Domain("us-east-1", domain), page => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create event stream" }));
            }

            case "domain-unknown":
                return (Links.Domain("us-east-1", "no-such-domain-anywhere"), page => page.GetByText("does not exist in us-east-1"));
            case "audit":
                return ("/audit", page => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Audit trail" }));
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "not a page of the tour");
        }
    }
}
