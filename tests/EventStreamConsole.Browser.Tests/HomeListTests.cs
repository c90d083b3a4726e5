using System.Text.RegularExpressions;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>
/// The event streams list at laptop, tablet and phone widths in both themes: health and state on screen without
/// scrolling sideways, header menus gone, a column chooser that is remembered, search by pasted ARNs and tags kept in
/// the address, the region switcher keeping page and filters, and the tab title counting unhealthy destinations.
/// </summary>
public sealed partial class HomeListTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    public static TheoryData<int, int, ColorScheme> Screens => new()
    {
        { 1440, 900, ColorScheme.Light },
        { 1440, 900, ColorScheme.Dark },
        { 820, 1180, ColorScheme.Light },
        { 820, 1180, ColorScheme.Dark },
        { 390, 844, ColorScheme.Light },
        { 390, 844, ColorScheme.Dark },
    };

    public static TheoryData<int, int, ColorScheme> SomeScreens => new()
    {
        { 1440, 900, ColorScheme.Light },
        { 820, 1180, ColorScheme.Dark },
        { 390, 844, ColorScheme.Light },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task HomeList_AnyWidth_HealthAndStateOnScreenWithoutSidewaysScroll(int width, int height, ColorScheme scheme)
    {
        var page = await fixture.OpenAsync("/?health=unhealthy", width, height, scheme);
        var rows = EndToEndFixture.BodyRows(page);
        await rows.First.WaitForAsync(s_waitFor);
        await EndToEndFixture.ScreenshotAsync(page, $"50-home-unhealthy-{width}-{EndToEndFixture.SchemeName(scheme)}");

        foreach (var row in (await rows.AllAsync()).Take(3))
        {
            await AssertOnScreenAsync(row.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "UNHEALTHY" }), width, "the health");
            await AssertOnScreenAsync(row.GetByRole(AriaRole.Cell).Filter(new LocatorFilterOptions { HasTextRegex = StateWord() }).Last, width, "the state");
        }

        if (width >= 600)
        {
            // One sortable header each: no column menu, at most one tab stop per header.
            foreach (var name in width >= 1280 ? new[] { "Domain", "Destination health", "State", "Event stream", "Destination", "Domain created", "Tags" } : ["Domain", "Destination health", "State"])
            {
                var header = Header(page, name);
                await AssertOnScreenAsync(header, width, $"the \"{name}\" header");
                Assert.True(await header.EvaluateAsync<int>("th => th.querySelectorAll('button, a, [tabindex]:not([tabindex=\"-1\"])').length") <= 1,
                    $"the \"{name}\" header has more than one tab stop");
            }

            Assert.Equal("sticky", await Header(page, "Domain").EvaluateAsync<string>("th => getComputedStyle(th).position"));
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"the page scrolls sideways at {width} px");
        Assert.True(await page.Locator(".home-grid .mud-table-container").EvaluateAsync<bool>("c => c.scrollWidth <= c.clientWidth + 1"), $"the list scrolls sideways at {width} px");
        await EndToEndFixture.AssertAccessibleAsync(page, $"the event streams list at {width} px");
    }

    [Fact]
    public async Task ColumnChooser_TagsUnticked_HiddenAndRememberedAfterReload()
    {
        var page = await fixture.OpenAsync("/", 1440, 900);
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        var tags = Header(page, "Tags");
        await Assertions.Expect(tags).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Choose columns" }).ClickAsync();
        var choice = page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Tags", Exact = true });
        await Assertions.Expect(choice).ToBeCheckedAsync();
        await EndToEndFixture.ScreenshotAsync(page, "51-home-column-chooser-1440");
        await choice.ClickAsync();
        await Assertions.Expect(tags).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await EndToEndFixture.WaitInteractiveAsync(page);
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        await Assertions.Expect(Header(page, "Domain created")).ToBeVisibleAsync();
        await Assertions.Expect(tags).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ColumnChooser_TabletHidesTags_BoxSaysSoAndTickingKeepsItAfterReload()
    {
        var page = await fixture.OpenAsync("/", 820, 1180);
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        var tags = Header(page, "Tags");
        await Assertions.Expect(tags).Not.ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Choose columns" }).ClickAsync();
        var choice = page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Tags (no room at this width; tick to keep it)" });
        await Assertions.Expect(choice).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "State", Exact = true })).ToBeCheckedAsync();
        // The menu fades in; let it settle before the picture.
        await page.WaitForTimeoutAsync(400);
        await EndToEndFixture.ScreenshotAsync(page, "52-home-column-chooser-820", fullPage: false);
        await choice.ClickAsync();
        await Assertions.Expect(tags).ToBeVisibleAsync();

        await page.ReloadAsync();
        await EndToEndFixture.WaitInteractiveAsync(page);
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        await Assertions.Expect(tags).ToBeVisibleAsync();
        await Assertions.Expect(Header(page, "Domain created")).Not.ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"),
            "A kept column must not make the page scroll sideways; the table scrolls inside its frame.");
    }

    [Theory]
    [MemberData(nameof(SomeScreens))]
    public async Task Search_PastedArnsAndTagFilter_FoundKeptInUrlAndRestoredOnReload(int width, int height, ColorScheme scheme)
    {
        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin);
        var page = await fixture.OpenAsync("/", width, height, scheme);
        var rows = EndToEndFixture.BodyRows(page);
        await rows.First.WaitForAsync(s_waitFor);
        var search = page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Search names, ARNs or tags" });

        await search.FillAsync(stream.EventStreamArn);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(stream.EventStreamName);

        // A Kinesis stream's ARN finds every event stream that exports to it.
        await search.FillAsync(stream.Uri);
        await Assertions.Expect(rows.First).ToContainTextAsync(stream.DomainName.Split('-')[0]);
        await WaitForQueryAsync(page, "q=" + Uri.EscapeDataString(stream.Uri));
        await search.FillAsync("");

        var tag = page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Tag filter" });
        await tag.FillAsync("team=retail");
        await WaitForQueryAsync(page, "tag=team%3Dretail");
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasNot = page.GetByRole(AriaRole.Link).Filter(new LocatorFilterOptions { HasTextRegex = RetailName() }) })).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await EndToEndFixture.WaitInteractiveAsync(page);
        await rows.First.WaitForAsync(s_waitFor);
        await Assertions.Expect(tag).ToHaveValueAsync("team=retail");
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasNot = page.GetByRole(AriaRole.Link).Filter(new LocatorFilterOptions { HasTextRegex = RetailName() }) })).ToHaveCountAsync(0);

        await tag.FillAsync("=");
        await Assertions.Expect(page.GetByText("A tag filter needs a key or a value")).ToBeVisibleAsync();
        await EndToEndFixture.ScreenshotAsync(page, $"52-home-tag-filter-malformed-{width}-{EndToEndFixture.SchemeName(scheme)}");
        await EndToEndFixture.AssertAccessibleAsync(page, $"the list with a malformed tag filter at {width} px");
    }

    [Theory]
    [MemberData(nameof(SomeScreens))]
    public async Task RegionSwitch_FromHealthHomeAndStream_SamePageKindWithFilters(int width, int height, ColorScheme scheme)
    {
        var page = await fixture.OpenAsync("/health?q=retail", width, height, scheme);
        await SwitchToAsync(page, "eu-west-2");
        await page.WaitForFunctionAsync("() => location.pathname === '/health' && location.search === '?region=eu-west-2&q=retail'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        page = await fixture.OpenAsync("/?q=retail&health=unhealthy", width, height, scheme);
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        await SwitchToAsync(page, "eu-west-2");
        await page.WaitForFunctionAsync("() => location.pathname === '/' && location.search === '?region=eu-west-2&q=retail&health=unhealthy'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Search names, ARNs or tags" })).ToHaveValueAsync("retail");
        await EndToEndFixture.ScreenshotAsync(page, $"53-home-region-switched-{width}-{EndToEndFixture.SchemeName(scheme)}");

        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin);
        page = await fixture.OpenAsync($"/domains/{stream.DomainName}/streams/{stream.EventStreamName}?region=us-east-1", width, height, scheme);
        await SwitchToAsync(page, "eu-west-2");
        await page.WaitForFunctionAsync("() => location.pathname === '/' && location.search === '?region=eu-west-2'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
    }

    [Fact]
    public async Task TabTitle_RegionWithUnhealthy_CountInTitleAndFaviconOnEveryPage()
    {
        var page = await fixture.OpenAsync("/", 1440, 900);
        var summary = page.GetByText(SummaryLine());
        await summary.First.WaitForAsync(s_waitFor);
        var unhealthy = SummaryLine().Match(await summary.First.InnerTextAsync()).Groups[1].Value;
        Assert.NotEqual("0", unhealthy);

        await Assertions.Expect(page).ToHaveTitleAsync($"({unhealthy} unhealthy) Event streams · Event Stream Console");
        Assert.StartsWith("data:image/svg+xml,", await page.Locator("link[rel='icon']").GetAttributeAsync("href"), StringComparison.Ordinal);

        // /health lists every region, and so does its tab.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Destination health" }).First.ClickAsync();
        var heading = page.Locator("#unhealthy-heading");
        await Assertions.Expect(page.Locator(".region-card .region-read")).ToHaveCountAsync(3, new LocatorAssertionsToHaveCountOptions { Timeout = 60_000 });
        var everywhere = System.Text.RegularExpressions.Regex.Match(await heading.InnerTextAsync(), @"Unhealthy \((\d+)\)").Groups[1].Value;
        Assert.True(int.Parse(everywhere, System.Globalization.CultureInfo.InvariantCulture) >= int.Parse(unhealthy, System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page).ToHaveTitleAsync($"({everywhere} unhealthy) Destination health · Event Stream Console");

        // Another region in the address: its own count (eu-west-2's demo data has none unhealthy).
        await page.GotoAsync(new Uri(new Uri(page.Url), "/?region=eu-west-2").ToString());
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        await Assertions.Expect(page).ToHaveTitleAsync("Event streams · Event Stream Console", new PageAssertionsToHaveTitleOptions { Timeout = 30_000 });
    }

    /// <summary>A sortable column's header: its title and its sort button ("Domain Sort").</summary>
    private static ILocator Header(IPage page, string title) =>
        page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = title + " Sort", Exact = true })
            .Or(page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = title, Exact = true }));

    private static async Task SwitchToAsync(IPage page, string region)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "switch account or region", Exact = false }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = region, Exact = true }).ClickAsync();
    }

    private static async Task AssertOnScreenAsync(ILocator locator, int width, string what)
    {
        var box = await locator.First.BoundingBoxAsync();
        Assert.True(box is not null, $"{what} is not shown at {width} px");
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{what} is off screen at {width} px: x {box.X}, width {box.Width}");
    }

    private static async Task WaitForQueryAsync(IPage page, string part) =>
        await page.WaitForFunctionAsync("p => location.search.includes(p)", part, new PageWaitForFunctionOptions { Timeout = 15_000 });

    [GeneratedRegex("RUNNING|STOPPED")]
    private static partial Regex StateWord();

    [GeneratedRegex("^retail-")]
    private static partial Regex RetailName();

    [GeneratedRegex(@"of 124 domains · (\d+) unhealthy")]
    private static partial Regex SummaryLine();
}
