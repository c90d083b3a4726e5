using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.Components.Controls;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Subscriptions;
using EventStreamConsole.ViewModels;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventStreamConsole.Components.Pages;

/// <summary>
/// Every event stream of the selected account and region, from the shared inventory: no AWS call per row. Its state
/// (place, search, filters, sort, page) is <see cref="HomeViewModel"/>, kept in the URL so a link reproduces the view.
/// The grid follows the inventory by subscription; the background sweep keeps it fresh, and opening the page asks for
/// a refresh only when the picture is older than Sweep:StaleAfter. The rows on screen can be re-read on demand.
/// </summary>
public sealed partial class Home : IAsyncDisposable
{
    private readonly HomeViewModel _view = new();
    private readonly StreamSelection _selection = new();
    private ConsoleUser? _user;
    private CancellationTokenSource _disposed = new();
    private MudDataGrid<StreamRow>? _grid;
    private Subscription? _address;
    private Subscription? _inventory;
    private InventoryKey? _subscribed;
    private bool _refreshingRows;
    private TextLine? _summaryLine;
    private LiveUpdatesSwitch? _live;

    // Optional columns the browser's width hides right now (auto, not chosen by the user), read when the chooser opens.
    private readonly HashSet<ListColumn> _narrowed = [];

    [Inject] public required IEventStreamService Service { get; init; }

    // Actions end with the page or with the app, whichever comes first.
    [Inject] public required IHostApplicationLifetime Lifetime { get; init; }

    [Inject] public required CurrentPlace Place { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required IDialogService Dialogs { get; init; }

    [Inject] public required ListColumns Columns { get; init; }

    [Inject] public required LiveUpdates Live { get; init; }

    [Inject] public required IJSRuntime JS { get; init; }

    private string Region => _view.Region;

    private ConsoleAccount Account => _view.Account;

    private InventoryKey At => _view.At;

    private InventorySnapshot Snapshot => _view.Snapshot;

    protected override async Task OnInitializedAsync()
    {
        _disposed.Dispose();
        _disposed = CancellationTokenSource.CreateLinkedTokenSource(Lifetime.ApplicationStopping);
        _address = Place.Subscribe(nameof(Home), InvokeAsync, OnAddressChangedAsync);
        _user = await Service.GetUserAsync();
        await ApplyAddressAsync();
    }

    private async Task OnAddressChangedAsync()
    {
        if (Place.Path != "/")
        {
            return;
        }

        if (await ApplyAddressAsync() && _grid is not null)
        {
            await _grid.ReloadServerData();
        }

        StateHasChanged();
    }

    /// <summary>Takes the view from the address and follows its region; true when the rows must be read again.</summary>
    private async Task<bool> ApplyAddressAsync()
    {
        var changed = _view.ApplyAddress(Place.Account, Place.AskedRegion, Place.Values, Place.AccountParameter, Service.Accounts.Count > 1);
        _selection.Follow(At);
        try
        {
            var moved = _subscribed != At;
            if (moved)
            {
                _inventory?.Dispose();
                _inventory = await Service.SubscribeInventoryAsync(At, InvokeAsync, OnInventoryChangedAsync);
                _subscribed = At;
            }

            // Sorting, paging or filtering a paused list re-reads the picture it holds, not the newest one.
            if (moved || !IsHolding)
            {
                _view.Arrived(await Service.GetInventoryAsync(At));
            }
        }
        catch (ConsoleAccessDeniedException ex)
        {
            _view.Error = AwsErrorText.Describe(ex);
        }

        return changed;
    }

    private async Task OnInventoryChangedAsync()
    {
        // Paused: the picture stays as the user reads it; the switch counts what waits.
        if (IsHolding)
        {
            _live?.Held();
            return;
        }

        await ApplyLatestAsync();
    }

    // A region still on its first read is never held: a remembered pause must not leave the page half read.
    private bool IsHolding => Live.IsPaused && Snapshot.IsLoaded;

    private async Task ApplyLatestAsync()
    {
        var (renderPage, reloadGrid) = _view.Arrived(await Service.GetInventoryAsync(At));
        if (renderPage)
        {
            StateHasChanged();
        }

        if (reloadGrid && _grid is not null)
        {
            await _grid.ReloadServerData();
        }
        else
        {
            // While a region is first read the counts change with every push, even when the visible page does not.
            _summaryLine?.Set(_view.CurrentSummary);
        }
    }

    /// <summary>The grid's rows, from the snapshot the subscription keeps current: a page of the list costs no call.</summary>
    private Task<GridData<StreamRow>> LoadRowsAsync(GridState<StreamRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var (rows, total) = _view.Rows(_view.Snapshot, state.Page, state.PageSize, sort?.SortBy, sort?.Descending);
        _summaryLine?.Set(_view.Summary(total));
        UpdateUrl();
        return Task.FromResult(new GridData<StreamRow> { Items = rows, TotalItems = total });
    }

    private Task SearchAsync(string? search) => ReloadAfter(() => _view.Search(search));

    private Task FilterTagAsync(string? tag) => ReloadAfter(() => _view.FilterTag(tag));

    private Task FilterHealthAsync(HealthFilter health) => ReloadAfter(() => _view.FilterHealth(health));

    private Task FilterStateAsync(StateFilter state) => ReloadAfter(() => _view.FilterState(state));

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The column choice lives in the browser, which answers only once the page is on screen.
        if (firstRender && await Columns.LoadAsync(_disposed.Token))
        {
            StateHasChanged();
        }
    }

    private async Task ShowColumnAsync(ListColumn column, bool shown)
    {
        await Columns.SetAsync(column, shown, _disposed.Token);
        _narrowed.Remove(column);
    }

    /// <summary>
    /// When the chooser opens, asks the browser which columns its width hides right now (CSS decides), so each box says
    /// what the screen shows; ticking such a column keeps it.
    /// </summary>
    private async Task ColumnMenuOpenedAsync(bool open)
    {
        if (!open)
        {
            return;
        }

        try
        {
            var names = await JS.InvokeAsync<string[]?>("escConsole.hiddenColumns", _disposed.Token, ".home-grid");
            _narrowed.Clear();
            _narrowed.UnionWith((names ?? []).Select(ListColumns.FromName).OfType<ListColumn>().Where(c => !Columns.IsPinned(c)));
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            _narrowed.Clear();
        }
    }

    private Task PageChangedAsync(int page)
    {
        _view.ChangePage(page);
        return Task.CompletedTask;
    }

    private Task PageSizeChangedAsync(int size)
    {
        _view.ChangePageSize(size);
        return Task.CompletedTask;
    }

    private async Task ReloadAfter(Action change)
    {
        change();
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private void UpdateUrl()
    {
        // A grid reload can land just after the user followed a link away; never pull them back to the list.
        if (!_disposed.IsCancellationRequested && Place.Path == "/")
        {
            Place.Replace("/", _view.QueryString);
        }
    }

    private Task RefreshAllAsync() => RunAsync(token => Service.RefreshInventoryAsync(At, token));

    private async Task RefreshVisibleAsync()
    {
        _refreshingRows = true;
        try
        {
            await RunAsync(token => Service.RefreshDomainsAsync(At, _view.Visible, token));
        }
        finally
        {
            _refreshingRows = false;
        }
    }

    /// <summary>
    /// Runs a refresh the user asked for; a failure becomes the page's error line. Asking is seeing: with live updates
    /// paused, the refreshed picture is applied once.
    /// </summary>
    private async Task RunAsync(Func<CancellationToken, Task> refresh)
    {
        try
        {
            await refresh(_disposed.Token);
            if (IsHolding)
            {
                await ApplyLatestAsync();
                _live?.Caught();
            }
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _view.Error = AwsErrorText.Describe(ex);
        }
    }

    private async Task CreateAsync(string domainName)
    {
        var created = await CreateEventStreamDialog.ShowAsync(Dialogs, At, domainName);
        if (created is not null)
        {
            Navigation.NavigateTo(Links.Stream(Region, domainName, created, _view.AccountParameter));
        }
    }

    private void SelectPage(bool chosen) => _selection.SetAll(_view.VisibleEntries, chosen);

    private void SelectAllMatching() => _selection.SetAll(_view.Matching, true);

    private static string Streams(int count) => count == 1 ? "1 stream" : $"{count} streams";

    private async Task EditTagsOfSelectionAsync()
    {
        if (_selection.Count > 0 && await BulkTagEditDialog.ShowAsync(Dialogs, At, _selection.Targets, Snapshot) is { } job)
        {
            _selection.Clear();
            Navigation.NavigateTo(Links.BulkJob(job.Id));
        }
    }

    private async Task MoveSelectionAsync()
    {
        if (_selection.Count > 0 && await BulkDestinationDialog.ShowAsync(Dialogs, At, _selection.Targets, _selection.Destinations) is { } job)
        {
            _selection.Clear();
            Navigation.NavigateTo(Links.BulkJob(job.Id));
        }
    }

    private SortDirection Direction(SortColumn column) => _view.Direction(column) switch
    {
        SortDirectionOf.Ascending => SortDirection.Ascending,
        SortDirectionOf.Descending => SortDirection.Descending,
        _ => SortDirection.None,
    };

    private string DomainHref(string domain) => Links.Domain(Region, domain, _view.AccountParameter);

    private string StreamHref(string domain, string stream) => Links.Stream(Region, domain, stream, _view.AccountParameter);

    private static string RowClass(StreamRow row, int index) =>
        row.Health == Amazon.CustomerProfiles.EventStreamDestinationStatus.UNHEALTHY ? "row-unhealthy" : "";

    public async ValueTask DisposeAsync()
    {
        _address?.Dispose();
        _inventory?.Dispose();
        await _disposed.CancelAsync();
        _disposed.Dispose();
    }
}
