using Amazon.CustomerProfiles;
using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// What the event streams list shows, without Blazor: the account and region and the query (search, filters, sort, page)
/// its address names, the snapshot on screen, the rows of the visible page, and the address that reproduces the view.
/// The page binds to it and decides nothing itself.
/// </summary>
public sealed class HomeViewModel
{
    public ConsoleAccount Account { get; private set; } = null!;

    public string Region { get; private set; } = "";

    /// <summary>The account to put in addresses: null for the default one.</summary>
    public string? AccountParameter { get; private set; }

    public InventoryKey At => new(Account.AccountId, Region);

    public InventoryQuery Query { get; private set; } = new();

    public InventorySnapshot Snapshot { get; private set; } = InventorySnapshot.Empty(default);

    /// <summary>The domains of the page on screen (what "Refresh rows on screen" re-reads).</summary>
    public IReadOnlyList<string> Visible { get; private set; } = [];

    /// <summary>The entries of the page on screen (what the page's select-all box chooses).</summary>
    public IReadOnlyList<InventoryEntry> VisibleEntries { get; private set; } = [];

    /// <summary>Every entry the query matches on all pages, in its order ("select all that match").</summary>
    public IReadOnlyList<InventoryEntry> Matching => Query.Matching(Snapshot.Entries);

    /// <summary>Why the view is not what the address asked for, or why an action failed; null when all is well.</summary>
    public string? Error { get; set; }

    /// <summary>Rows exist (a loaded region, or a first load that has read some): the grid shows instead of the placeholder.</summary>
    public bool HasRows => HasRowsIn(Snapshot);

    /// <summary>The address's query string for this view; defaults are left out so links stay short.</summary>
    public string QueryString => ListUrlState.ToQueryString(Region, Account.Regions[0], Query, AccountParameter);

    public string NoRowsText =>
        !Snapshot.IsLoaded ? $"Still reading the domains of {Region}; matching event streams appear as they are read."
        : Snapshot.Entries.Count == 0 ? $"No Customer Profiles domains in {Region}."
        : "No event stream matches the search and filters.";

    /// <summary>
    /// Takes the view from an address: its account, the region it asked for (null for none) and its query values.
    /// True when the place or the query changed, so the rows must be read again.
    /// </summary>
    public bool ApplyAddress(ConsoleAccount account, string? askedRegion, IReadOnlyDictionary<string, string?> values, string? accountParameter, bool severalAccounts)
    {
        ArgumentNullException.ThrowIfNull(account);
        var before = Account is null ? null : (InventoryKey?)At;
        var query = Query;
        Account = account;
        AccountParameter = accountParameter;
        Region = ListUrlState.RegionOrDefault(askedRegion, account.Regions);
        if (askedRegion is not null && askedRegion != Region)
        {
            var whose = severalAccounts ? $"the regions of {account.Label}" : "this console's regions";
            Error = $"Region '{askedRegion}' is not one of {whose} ({string.Join(", ", account.Regions)}); showing {Region}.";
        }

        Query = ListUrlState.Parse(values);
        return before != At || query != Query;
    }

    public void Search(string? search) => Query = Query with { Search = search, Page = 0 };

    public void FilterTag(string? tag) => Query = Query with { Tag = tag, Page = 0 };

    /// <summary>Why the tag filter is not applied (it is malformed); null when it is applied or empty.</summary>
    public string? TagError => TagFilter.ErrorOf(Query.Tag);

    public void FilterHealth(HealthFilter health) => Query = Query with { Health = health, Page = 0 };

    public void FilterState(StateFilter state) => Query = Query with { State = state, Page = 0 };

    public void ChangePage(int page) => Query = Query with { Page = page };

    public void ChangePageSize(int size) => Query = Query with { PageSize = size, Page = 0 };

    /// <summary>
    /// The grid's page of <paramref name="snapshot"/>, as the grid asks for it (page, size, and the sorted column's name when
    /// it has one); remembers what is visible. TotalItems is the filtered count.
    /// </summary>
    public (IReadOnlyList<StreamRow> Rows, int TotalItems) Rows(InventorySnapshot snapshot, int page, int pageSize, string? sortBy, bool? descending)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        Query = Query with
        {
            Page = page,
            PageSize = pageSize,
            Sort = sortBy is null ? Query.Sort : StreamRow.ColumnOf(sortBy),
            Descending = descending ?? Query.Descending,
        };
        var (items, total) = Query.Apply(snapshot.Entries);
        Visible = [.. items.Select(i => i.DomainName)];
        VisibleEntries = items;
        return ([.. items.Select(i => new StreamRow(i))], total);
    }

    /// <summary>
    /// Takes a pushed snapshot and says what to re-render: pushes arrive twice a second while a region loads, so the page
    /// re-renders only when it switches between placeholder and grid or the refresh's state or error changes, and the grid
    /// reloads only when its rows can change (the visible page is still filling, or a refresh completed).
    /// </summary>
    public (bool RenderPage, bool ReloadGrid) Arrived(InventorySnapshot current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var previous = Snapshot;
        Snapshot = current;
        var hadRows = HasRowsIn(previous);
        var renderPage = hadRows != HasRowsIn(current) || previous.LastError != current.LastError || previous.IsRefreshing != current.IsRefreshing;
        var pageStillFilling = Visible.Count < Query.PageSize;
        // A grid created by the page's render loads itself; an existing one reloads.
        var reloadGrid = hadRows && !ReferenceEquals(previous.Entries, current.Entries) && (!current.IsRefreshing || pageStillFilling || current.IsLoaded);
        return (renderPage, reloadGrid);
    }

    /// <summary>
    /// "12 of 124 domains · 3 unhealthy · 1 stopped", for <paramref name="shown"/> rows matching. Until the region's first
    /// read is complete no count is final, and the line says so: "Reading 16 of 124 domains; counts are partial: …".
    /// </summary>
    public string Summary(int shown)
    {
        var entries = Snapshot.Entries;
        var unhealthy = entries.Count(e => e.Status == EventStreamDestinationStatus.UNHEALTHY);
        var stopped = entries.Count(e => e.Stream?.State == EventStreamState.STOPPED);
        if (!Snapshot.IsLoaded)
        {
            var reading = Snapshot.DomainsTotal > 0
                ? $"Reading {entries.Count} of {Snapshot.DomainsTotal} domains"
                : $"Reading the domains of {Region}";
            return $"{reading}; counts are partial: {shown} shown, {unhealthy} unhealthy and {stopped} stopped so far";
        }

        return $"{shown} of {entries.Count} domains · {unhealthy} unhealthy · {stopped} stopped";
    }

    /// <summary>The summary for the snapshot on screen, counting the rows that match the query (no grid needed).</summary>
    public string CurrentSummary => Summary(Query.Apply(Snapshot.Entries).TotalItems);

    public SortDirectionOf Direction(SortColumn column) =>
        Query.Sort != column ? SortDirectionOf.None : Query.Descending ? SortDirectionOf.Descending : SortDirectionOf.Ascending;

    private static bool HasRowsIn(InventorySnapshot snapshot) => snapshot.IsLoaded || snapshot.Entries.Count > 0;
}

/// <summary>A column's sort direction, as the view model states it (the page maps it to the grid's own enum).</summary>
public enum SortDirectionOf
{
    None,
    Ascending,
    Descending,
}
