using EventStreamConsole.Components.Controls;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Model;
using EventStreamConsole.Model.Inventory;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace EventStreamConsole.Components.Pages;

/// <summary>
/// Every event stream of the selected account and region, from the shared inventory: no AWS call per row. Search,
/// filters, sort, page and region live in the URL, so a link reproduces the view. The grid re-renders when the
/// inventory changes (pushed), the rows on screen can be re-read on demand, and auto-refresh asks for a refresh that
/// every viewer shares.
/// </summary>
public sealed partial class Home : IAsyncDisposable
{
    private static readonly (int Seconds, string Label)[] AutoRefreshChoices = [(0, "Off"), (30, "Every 30 s"), (60, "Every 1 min"), (300, "Every 5 min")];

    private CancellationTokenSource _disposed = new();
    private MudDataGrid<StreamRow>? _grid;
    private InventoryQuery _query = new();
    private InventorySnapshot _snapshot = InventorySnapshot.Empty(default);
    private IReadOnlyList<string> _visible = [];
    private IDisposable? _subscription;
    private PeriodicTimer? _autoRefresh;
    private int _autoRefreshSeconds = 60;
    private bool _refreshingRows;
    private string? _error;
    private TextLine? _summaryLine;
    private InventoryKey? _subscribed;

    [Inject] public required IEventStreamService Service { get; init; }

    // Background loops end with the page or with the app, whichever comes first.
    [Inject] public required IHostApplicationLifetime Lifetime { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required IDialogService Dialogs { get; init; }

    [Inject] public required ILogger<Home> Logger { get; init; }

    private string Region { get; set; } = "";

    private ConsoleAccount Account { get; set; } = null!;

    /// <summary>The account and region on screen.</summary>
    private InventoryKey At => new(Account.AccountId, Region);

    private string? AccountParameter => Links.AccountParameter(Account.AccountId, Service.AccountId);

    protected override async Task OnInitializedAsync()
    {
        _disposed.Dispose();
        _disposed = CancellationTokenSource.CreateLinkedTokenSource(Lifetime.ApplicationStopping);
        Navigation.LocationChanged += OnLocationChanged;
        await ApplyUrlAsync(Navigation.Uri);
        StartAutoRefresh();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        if (new Uri(e.Location).AbsolutePath != "/")
        {
            return;
        }

        var before = (At, _query);
        await ApplyUrlAsync(e.Location);
        if (before != (At, _query) && _grid is not null)
        {
            await _grid.ReloadServerData();
        }

        StateHasChanged();
    });

    private async Task ApplyUrlAsync(string uri)
    {
        var values = ListUrlState.FromUri(uri);
        var asked = values.GetValueOrDefault("region");
        Account = Service.AccountOf(values.GetValueOrDefault("account"));
        Region = ListUrlState.RegionOrDefault(asked, Account.Regions);
        if (asked is not null && asked != Region)
        {
            var whose = Service.Accounts.Count > 1 ? $"the regions of {Account.Label}" : "this console's regions";
            _error = $"Region '{asked}' is not one of {whose} ({string.Join(", ", Account.Regions)}); showing {Region}.";
        }

        _query = ListUrlState.Parse(values);
        try
        {
            if (_subscribed != At)
            {
                _subscription?.Dispose();
                _subscription = await Service.SubscribeInventoryAsync(At, OnInventoryChangedAsync);
                _subscribed = At;
            }

            _snapshot = await Service.GetInventoryAsync(At);
        }
        catch (ConsoleAccessDeniedException ex)
        {
            _error = ex.Message;
        }
    }

    /// <summary>
    /// Inventory pushes arrive twice a second while a region loads, for every viewer: re-render only what changed. The grid
    /// reloads when its rows can change (the visible page is still filling, or a refresh completed); the page itself only
    /// when it switches from the loading placeholder to the grid, or the refresh error changes.
    /// </summary>
    private Task OnInventoryChangedAsync() => InvokeAsync(async () =>
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        var previous = _snapshot;
        InventorySnapshot current;
        try
        {
            current = await Service.GetInventoryAsync(At);
        }
        catch (ConsoleAccessDeniedException)
        {
            // The session ended; the router is already sending the user to sign in.
            return;
        }

        _snapshot = current;
        var hadRows = previous.IsLoaded || previous.Entries.Count > 0;
        var hasRows = current.IsLoaded || current.Entries.Count > 0;
        if (hadRows != hasRows || previous.LastError != current.LastError || previous.IsRefreshing != current.IsRefreshing)
        {
            StateHasChanged();
        }

        // A grid created by the render above loads itself; an existing one reloads when its rows can change.
        var pageStillFilling = _visible.Count < _query.PageSize;
        if (hadRows && _grid is not null && !ReferenceEquals(previous.Entries, current.Entries)
            && (!current.IsRefreshing || pageStillFilling || current.IsLoaded))
        {
            await _grid.ReloadServerData();
        }
    });

    private async Task<GridData<StreamRow>> LoadRowsAsync(GridState<StreamRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        _query = _query with
        {
            Page = state.Page,
            PageSize = state.PageSize,
            Sort = sort is null ? _query.Sort : StreamRow.ColumnOf(sort.SortBy),
            Descending = sort?.Descending ?? _query.Descending,
        };
        try
        {
            _snapshot = await Service.GetInventoryAsync(At);
        }
        catch (ConsoleAccessDeniedException ex)
        {
            _error = ex.Message;
            return new GridData<StreamRow> { Items = [], TotalItems = 0 };
        }

        var (items, total) = _query.Apply(_snapshot.Entries);
        _visible = [.. items.Select(i => i.DomainName)];
        _summaryLine?.Set(Summarize(total));
        UpdateUrl();
        return new GridData<StreamRow> { Items = [.. items.Select(i => new StreamRow(i))], TotalItems = total };
    }

    private string NoRowsText =>
        !_snapshot.IsLoaded ? $"Still reading the domains of {Region}; matching event streams appear as they are read."
        : _snapshot.Entries.Count == 0 ? $"No Customer Profiles domains in {Region}."
        : "No event stream matches the search and filters.";

    private string Summarize(int shown)
    {
        var entries = _snapshot.Entries;
        var unhealthy = entries.Count(e => e.Status == Amazon.CustomerProfiles.EventStreamDestinationStatus.UNHEALTHY);
        var stopped = entries.Count(e => e.Stream?.State == Amazon.CustomerProfiles.EventStreamState.STOPPED);
        return $"{shown} of {entries.Count} domains · {unhealthy} unhealthy · {stopped} stopped";
    }

    private async Task SearchAsync(string? search) => await SetQueryAsync(_query with { Search = search, Page = 0 });

    private async Task FilterHealthAsync(HealthFilter health) => await SetQueryAsync(_query with { Health = health, Page = 0 });

    private async Task FilterStateAsync(StateFilter state) => await SetQueryAsync(_query with { State = state, Page = 0 });

    private Task PageChangedAsync(int page)
    {
        _query = _query with { Page = page };
        return Task.CompletedTask;
    }

    private Task PageSizeChangedAsync(int size)
    {
        _query = _query with { PageSize = size, Page = 0 };
        return Task.CompletedTask;
    }

    private async Task SetQueryAsync(InventoryQuery query)
    {
        _query = query;
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private void UpdateUrl()
    {
        // A grid reload can land just after the user followed a link away; never pull them back to the list.
        if (_disposed.IsCancellationRequested || new Uri(Navigation.Uri).AbsolutePath != "/")
        {
            return;
        }

        var target = Navigation.ToAbsoluteUri("/" + ListUrlState.ToQueryString(Region, Account.Regions[0], _query, AccountParameter)).ToString();
        if (target != Navigation.Uri)
        {
            Navigation.NavigateTo(target, new NavigationOptions { ReplaceHistoryEntry = true });
        }
    }

    private async Task RefreshAllAsync()
    {
        try
        {
            await Service.RefreshInventoryAsync(At, _disposed.Token);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Logger.LogWarning(ex, "Refreshing the inventory of {Region} failed", Region);
            _error = AwsErrorText.Describe(ex);
        }
    }

    private async Task RefreshVisibleAsync()
    {
        _refreshingRows = true;
        try
        {
            await Service.RefreshDomainsAsync(At, _visible, _disposed.Token);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _error = AwsErrorText.Describe(ex);
        }
        finally
        {
            _refreshingRows = false;
        }
    }

    private Task SetAutoRefreshAsync(int seconds)
    {
        _autoRefreshSeconds = seconds;
        StartAutoRefresh();
        return Task.CompletedTask;
    }

    private void StartAutoRefresh()
    {
        _autoRefresh?.Dispose();
        _autoRefresh = null;
        if (_autoRefreshSeconds <= 0)
        {
            return;
        }

        var timer = new PeriodicTimer(TimeSpan.FromSeconds(_autoRefreshSeconds));
        _autoRefresh = timer;
        _ = RunAutoRefreshAsync(timer);
    }

    private async Task RunAutoRefreshAsync(PeriodicTimer timer)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(_disposed.Token))
            {
                await InvokeAsync(RefreshAllAsync);
            }
        }
        catch (OperationCanceledException)
        {
            // Page closed.
        }
    }

    private async Task CreateAsync(string domainName)
    {
        var created = await CreateEventStreamDialog.ShowAsync(Dialogs, At, domainName);
        if (created is not null)
        {
            Navigation.NavigateTo(Links.Stream(Region, domainName, created, AccountParameter));
        }
    }

    private SortDirection Direction(SortColumn column) =>
        _query.Sort != column ? SortDirection.None : _query.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private string DomainHref(string domain) => Links.Domain(Region, domain, AccountParameter);

    private string StreamHref(string domain, string stream) => Links.Stream(Region, domain, stream, AccountParameter);

    private static string RowClass(StreamRow row, int index) =>
        row.Health == Amazon.CustomerProfiles.EventStreamDestinationStatus.UNHEALTHY ? "row-unhealthy" : "";

    public async ValueTask DisposeAsync()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _subscription?.Dispose();
        await _disposed.CancelAsync();
        _autoRefresh?.Dispose();
        _disposed.Dispose();
    }
}
