using Amazon.CustomerProfiles;
using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

/// <summary>The event streams list's state and decisions, without a renderer.</summary>
public sealed class HomeViewModelTests
{
    private static readonly ConsoleAccount s_account = new("Demo", Streams.Account, "", [Streams.Region, "eu-west-2"], new CustomerProfiles.AwsClientOptions { Region = Streams.Region });

    private static readonly InventorySnapshot s_loaded = new(new InventoryKey(Streams.Account, Streams.Region),
    [
        Streams.Entry("alpha", Streams.Summary("alpha")),
        Streams.Entry("bravo", Streams.Summary("bravo", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: DateTime.UtcNow.AddHours(-1))),
        Streams.Entry("charlie", Streams.Summary("charlie", state: EventStreamState.STOPPED)),
        Streams.Entry("delta", null),
    ], DateTimeOffset.UtcNow, false, 4, 4, null);

    [Fact]
    public void ApplyAddress_FiltersAndRegion_TakesThemAndSaysChanged()
    {
        var view = new HomeViewModel();

        var changed = view.ApplyAddress(s_account, "eu-west-2", Values(("region", "eu-west-2"), ("health", "unhealthy"), ("page", "2")), null, false);

        Assert.True(changed);
        Assert.Equal(new InventoryKey(Streams.Account, "eu-west-2"), view.At);
        Assert.Equal(HealthFilter.Unhealthy, view.Query.Health);
        Assert.Equal(1, view.Query.Page);
        Assert.Null(view.Error);
    }

    [Fact]
    public void ApplyAddress_SameAddressAgain_SaysUnchanged()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(("q", "alp")), null, false);

        Assert.False(view.ApplyAddress(s_account, null, Values(("q", "alp")), null, false));
    }

    [Fact]
    public void ApplyAddress_UnknownRegion_ExplainsAndShowsTheDefault()
    {
        var view = new HomeViewModel();

        view.ApplyAddress(s_account, "mars-north-1", Values(("region", "mars-north-1")), null, false);

        Assert.Equal(Streams.Region, view.Region);
        Assert.Equal("Region 'mars-north-1' is not one of this console's regions (us-east-1, eu-west-2); showing us-east-1.", view.Error);
    }

    [Fact]
    public void Rows_GridPageAndSort_FiltersSortsAndRemembersVisibleDomains()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(("health", "all")), null, false);

        var (rows, total) = view.Rows(s_loaded, 0, 10, "Domain", true);

        Assert.Equal(4, total);
        Assert.Equal(["delta", "charlie", "bravo", "alpha"], rows.Select(r => r.Domain));
        Assert.Equal(["delta", "charlie", "bravo", "alpha"], view.Visible);
        Assert.Equal(SortColumn.Domain, view.Query.Sort);
        Assert.Equal("4 of 4 domains · 1 unhealthy · 1 stopped", view.Summary(total));
    }

    [Fact]
    public void Search_AfterPaging_GoesBackToTheFirstPageAndIntoTheQueryString()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(("page", "3")), null, false);

        view.Search("charl");

        Assert.Equal(0, view.Query.Page);
        Assert.Equal("?q=charl", view.QueryString);
    }

    [Fact]
    public void QueryString_OtherAccountAndRegion_NamesBoth()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, "eu-west-2", Values(("region", "eu-west-2")), "210987654321", true);

        view.FilterState(StateFilter.Stopped);

        Assert.Equal("?account=210987654321&region=eu-west-2&state=stopped", view.QueryString);
    }

    [Fact]
    public void Arrived_FirstLoadCompletes_RendersPageAndReloadsGrid()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(), null, false);
        var loading = s_loaded with { Entries = [.. s_loaded.Entries.Take(2)], RefreshedAt = null, IsRefreshing = true };
        view.Arrived(loading);
        view.Rows(loading, 0, 25, null, null);

        var (renderPage, reloadGrid) = view.Arrived(s_loaded);

        Assert.True(renderPage);
        Assert.True(reloadGrid);
        Assert.True(view.HasRows);
    }

    [Fact]
    public void Arrived_SameEntriesWhileRefreshing_NeitherRendersNorReloads()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(), null, false);
        var refreshing = s_loaded with { IsRefreshing = true };
        view.Arrived(refreshing);

        var (renderPage, reloadGrid) = view.Arrived(refreshing with { DomainsRead = 3 });

        Assert.False(renderPage);
        Assert.False(reloadGrid);
    }

    [Fact]
    public void Summary_FirstReadInProgress_SaysCountsArePartial()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(), null, false);
        var reading = s_loaded with { Entries = [.. s_loaded.Entries.Take(2)], RefreshedAt = null, IsRefreshing = true, DomainsRead = 2, DomainsTotal = 124 };
        var (_, total) = view.Rows(reading, 0, 25, null, null);

        var summary = view.Summary(total);

        Assert.Equal("Reading 2 of 124 domains; counts are partial: 2 shown, 1 unhealthy and 0 stopped so far", summary);
        Assert.DoesNotContain("2 of 2 domains", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_DomainsNotYetListed_SaysItIsReadingTheRegion()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(), null, false);
        view.Arrived(InventorySnapshot.Empty(view.At) with { IsRefreshing = true });

        Assert.Equal("Reading the domains of us-east-1; counts are partial: 0 shown, 0 unhealthy and 0 stopped so far", view.CurrentSummary);
    }

    [Fact]
    public void CurrentSummary_LoadedWithFilter_CountsMatchingRowsAsFinal()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(("health", "unhealthy")), null, false);
        view.Arrived(s_loaded);

        Assert.Equal("1 of 4 domains · 1 unhealthy · 1 stopped", view.CurrentSummary);
    }

    [Fact]
    public void NoRowsText_NotLoaded_SaysItIsStillReading()
    {
        var view = new HomeViewModel();
        view.ApplyAddress(s_account, null, Values(), null, false);

        Assert.Equal("Still reading the domains of us-east-1; matching event streams appear as they are read.", view.NoRowsText);
        Assert.False(view.HasRows);
    }

    private static Dictionary<string, string?> Values(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.OrdinalIgnoreCase);
}
