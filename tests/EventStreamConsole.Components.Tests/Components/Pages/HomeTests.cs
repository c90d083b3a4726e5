using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Bunit;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Components.Pages;

public sealed class HomeTests : PageTestContext
{
    public HomeTests()
    {
        Service.Inventory = Service.Inventory with
        {
            Entries =
            [
                Streams.Entry("alpha", Streams.Summary("alpha", tags: new() { ["team"] = "retail" })),
                Streams.Entry("bravo", Streams.Summary("bravo", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: Now.UtcDateTime.AddHours(-3).AddMinutes(-12))),
                Streams.Entry("charlie", Streams.Summary("charlie", state: EventStreamState.STOPPED)),
                Streams.Entry("delta", null),
            ],
        };
        _popovers = Render<MudBlazor.MudPopoverProvider>();
        Render<MudBlazor.MudSnackbarProvider>();
        Render<MudBlazor.MudDialogProvider>();
    }

    private readonly IRenderedComponent<MudBlazor.MudPopoverProvider> _popovers;

    [Fact]
    public void Render_Inventory_ProblemsFirstWithStateHealthAndDuration()
    {
        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
        var rows = cut.FindAll("tbody tr.mud-table-row");
        Assert.Contains("bravo-export", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("UNHEALTHY", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("for 3 h 12 m", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("row-unhealthy", rows[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("STOPPED", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("team=retail", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("No event stream", rows[3].TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("button[aria-label='Create an event stream for delta']"));
        Assert.Contains("4 of 4 domains · 1 unhealthy · 1 stopped", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Updated 12 s ago", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoPerRowCalls_OnlyTheInventoryIsRead()
    {
        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.All(Service.Calls, c => Assert.StartsWith("GetInventory", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_UrlWithFilters_AppliesThem()
    {
        Navigation.NavigateTo("/?health=unhealthy");

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")));
        Assert.Contains("bravo", cut.Find("tbody tr.mud-table-row").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Typed_FiltersAndGoesIntoTheUrl()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));

        cut.Find(".search-field input").Input("charl");
        Time.Advance(TimeSpan.FromSeconds(1)); // the field's 300 ms debounce runs on the injected clock

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")));
        cut.WaitForAssertion(() => Assert.Contains("q=charl", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Sort_ByDomainHeader_GoesIntoTheUrl()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));

        cut.FindAll(".sortable-column-header").First(h => h.TextContent.Contains("Domain", StringComparison.Ordinal) && !h.TextContent.Contains("created", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("sort=domain", Navigation.Uri, StringComparison.Ordinal));
        Assert.Contains("alpha", cut.FindAll("tbody tr.mud-table-row")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InventoryPush_NewHealth_RowUpdatesWithoutReload()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));

        await cut.InvokeAsync(() => Service.PushAsync(Service.Inventory with
        {
            Entries = [.. Service.Inventory.Entries.Select(e => e.DomainName == "alpha"
                ? e with { Stream = Streams.Summary("alpha", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: Now.UtcDateTime.AddDays(-1)) }
                : e)],
        }));

        cut.WaitForAssertion(() => Assert.Contains("alpha", cut.FindAll("tbody tr.mud-table-row")[0].TextContent, StringComparison.Ordinal));
        Assert.Contains("for 1 d 0 h", cut.FindAll("tbody tr.mud-table-row")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InventoryPush_LiveUpdatesPaused_HeldUntilRefreshAll()
    {
        await Services.GetRequiredService<LiveUpdates>().SetAsync(paused: true, Xunit.TestContext.Current.CancellationToken);
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
        var firstBefore = cut.FindAll("tbody tr.mud-table-row")[0].TextContent;

        await cut.InvokeAsync(() => Service.PushAsync(Service.Inventory with
        {
            Entries = [.. Service.Inventory.Entries.Select(e => e.DomainName == "alpha"
                ? e with { Stream = Streams.Summary("alpha", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: Now.UtcDateTime.AddDays(-1)) }
                : e)],
        }));

        cut.WaitForAssertion(() => Assert.Contains("1 update waiting", cut.Find(".live-waiting").TextContent, StringComparison.Ordinal));
        Assert.Equal(firstBefore, cut.FindAll("tbody tr.mud-table-row")[0].TextContent);

        cut.FindAll("button").First(b => b.TextContent.Contains("Refresh all", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("for 1 d 0 h", cut.FindAll("tbody tr.mud-table-row")[0].TextContent, StringComparison.Ordinal));
        Assert.Contains("nothing new yet", cut.Find(".live-waiting").TextContent, StringComparison.Ordinal);
        Assert.True(Services.GetRequiredService<LiveUpdates>().IsPaused);
    }

    [Fact]
    public async Task LiveUpdatesPaused_SortChanged_StillThePictureHeld()
    {
        await Services.GetRequiredService<LiveUpdates>().SetAsync(paused: true, Xunit.TestContext.Current.CancellationToken);
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
        await cut.InvokeAsync(() => Service.PushAsync(Service.Inventory with
        {
            Entries = [.. Service.Inventory.Entries.Select(e => e.DomainName == "alpha"
                ? e with { Stream = Streams.Summary("alpha", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: Now.UtcDateTime.AddDays(-1)) }
                : e)],
        }));
        cut.WaitForAssertion(() => Assert.Contains("1 update waiting", cut.Find(".live-waiting").TextContent, StringComparison.Ordinal));

        cut.FindAll(".sortable-column-header").First(h => h.TextContent.Contains("Domain", StringComparison.Ordinal) && !h.TextContent.Contains("created", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("sort=domain", Navigation.Uri, StringComparison.Ordinal));
        var alpha = cut.FindAll("tbody tr.mud-table-row").Single(r => r.TextContent.Contains("alpha", StringComparison.Ordinal));
        Assert.DoesNotContain("UNHEALTHY", alpha.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 update waiting", cut.Find(".live-waiting").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveUpdatesPaused_RegionStillOnItsFirstRead_PushesApplied()
    {
        var all = Service.Inventory.Entries;
        Service.Inventory = new InventorySnapshot(Service.Inventory.Key, [.. all.Take(2)], null, true, 2, 4, null);
        await Services.GetRequiredService<LiveUpdates>().SetAsync(paused: true, Xunit.TestContext.Current.CancellationToken);
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count));

        await cut.InvokeAsync(() => Service.PushAsync(new InventorySnapshot(Service.Inventory.Key, all, Now, false, 4, 4, null)));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
    }

    [Fact]
    public async Task FirstLoad_Completes_GridShowsEveryDomainAndButtonsEnable()
    {
        var all = Service.Inventory.Entries;
        Service.Inventory = new InventorySnapshot(Service.Inventory.Key, [.. all.Take(2)], null, true, 2, 4, null);
        Navigation.NavigateTo("/?size=10");
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.True(cut.FindAll("button").First(b => b.TextContent.Contains("Refresh all", StringComparison.Ordinal)).HasAttribute("disabled"));

        await cut.InvokeAsync(() => Service.PushAsync(new InventorySnapshot(Service.Inventory.Key, all, Now, false, 4, 4, null)));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.Contains("4 of 4 domains", cut.Markup, StringComparison.Ordinal);
        Assert.False(cut.FindAll("button").First(b => b.TextContent.Contains("Refresh all", StringComparison.Ordinal)).HasAttribute("disabled"));
    }

    [Fact]
    public void RefreshRowsOnScreen_Clicked_ReReadsOnlyVisibleDomains()
    {
        Navigation.NavigateTo("/?size=10&health=unhealthy");
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")));

        cut.FindAll("button").First(b => b.TextContent.Contains("Refresh rows on screen", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("RefreshDomains bravo", Service.Calls));
    }

    [Fact]
    public void Render_NotLoadedYet_ShowsSkeletonAndProgress()
    {
        Service.Inventory = new InventorySnapshot(Service.Inventory.Key, [], null, true, 12, 124, null);

        var cut = Render<Home>();

        Assert.NotEmpty(cut.FindAll(".mud-skeleton"));
        Assert.Contains("Refreshing… 12 of 124 domains", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstLoad_PageFullWhileReading_CountsSayPartialUntilComplete()
    {
        var all = Service.Inventory.Entries;
        Service.Inventory = new InventorySnapshot(Service.Inventory.Key, [.. all.Take(1)], null, true, 1, 124, null);
        Navigation.NavigateTo("/?size=10");
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Contains("Reading 1 of 124 domains; counts are partial", cut.Markup, StringComparison.Ordinal));

        // A later push while the region is still read: the counts follow it and stay marked partial.
        await cut.InvokeAsync(() => Service.PushAsync(new InventorySnapshot(Service.Inventory.Key, [.. all.Take(3)], null, true, 3, 124, null)));

        cut.WaitForAssertion(() => Assert.Contains("Reading 3 of 124 domains; counts are partial: 3 shown, 1 unhealthy and 1 stopped so far", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("3 of 3 domains", cut.Markup, StringComparison.Ordinal);

        await cut.InvokeAsync(() => Service.PushAsync(new InventorySnapshot(Service.Inventory.Key, all, Now, false, 4, 4, null)));

        cut.WaitForAssertion(() => Assert.Contains("4 of 4 domains · 1 unhealthy · 1 stopped", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("counts are partial", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownRegionInUrl_ExplainsAndShowsDefault()
    {
        Navigation.NavigateTo("/?region=mars-north-1");

        var cut = Render<Home>();

        Assert.Contains("Region 'mars-north-1' is not one of this console's regions (us-east-1, eu-west-2); showing us-east-1.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LastRefreshFailed_WarnsButKeepsRows()
    {
        Service.Inventory = Service.Inventory with { LastError = "AWS is throttling ListEventStreams" };

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.Contains("The last refresh failed: AWS is throttling ListEventStreams", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TagFilter_FromTheUrl_AppliedAndRestored()
    {
        Navigation.NavigateTo("/?tag=team%3Dretail");

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")));
        Assert.Contains("alpha", cut.Find("tbody tr.mud-table-row").TextContent, StringComparison.Ordinal);
        Assert.Equal("team=retail", cut.Find(".tag-filter-field input").GetAttribute("value"));
    }

    [Fact]
    public void TagFilter_Malformed_SaysWhyAndFiltersNothing()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));

        cut.Find(".tag-filter-field input").Input("=");
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Contains("A tag filter needs a key or a value", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count);
    }

    [Fact]
    public void Render_Headers_OneSortButtonEachNoColumnMenus()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));

        Assert.Empty(cut.FindAll("th .mud-menu"));
        // The first header is the page's selection box (it has a label, no text).
        Assert.Equal(["", "Domain", "Destination health", "State", "Event stream", "Destination", "Domain created", "Tags"],
            cut.FindAll("thead th").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void Download_Opened_LinksCarryTheListsFilters()
    {
        Navigation.NavigateTo("/?q=alpha&health=unhealthy&sort=domain");
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".download-menu button")));

        cut.Find(".download-menu button").Click();

        _popovers.WaitForAssertion(() => Assert.Equal(2, _popovers.FindAll("a[href^='/export/streams.']").Count));
        var hrefs = _popovers.FindAll("a[href^='/export/streams.']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/export/streams.csv", "/export/streams.json"], hrefs.Select(h => h.Split('?')[0]));
        Assert.All(hrefs, h => Assert.Contains("q=alpha&health=unhealthy&sort=domain", h, StringComparison.Ordinal));
    }

    [Fact]
    public void Columns_ChooserUnticksTags_ColumnGoneAndChoiceSaved()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));

        cut.Find(".column-chooser button").Click();
        _popovers.WaitForAssertion(() => Assert.NotEmpty(_popovers.FindAll(".column-choices")));
        _popovers.FindAll(".column-choices label").First(l => l.TextContent.Contains("Tags", StringComparison.Ordinal)).QuerySelector("input")!.Change(false);

        cut.WaitForAssertion(() => Assert.DoesNotContain("Tags", cut.FindAll("thead th").Select(h => h.TextContent.Trim())));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "escConsole.save" && i.Arguments.SequenceEqual(["homeColumns", "tags"]));
    }
}
