using EventStreamConsole.Aws;
using EventStreamConsole.Components.Controls;
using EventStreamConsole.Configuration;
using EventStreamConsole.Health;
using EventStreamConsole.Service;
using EventStreamConsole.Subscriptions;
using EventStreamConsole.ViewModels;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventStreamConsole.Components.Pages;

/// <summary>
/// The on-call page: every configured region's event streams, problems first (UNHEALTHY by longest unhealthy, then STOPPED,
/// healthy folded away), counters per account and region, AWS's message for each broken destination, and a summary to
/// paste into an incident channel. It follows the background sweep by push; it never calls AWS itself.
/// </summary>
public sealed partial class DestinationHealth : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private HealthOverview _overview = HealthOverview.From([]);
    private HealthHistory _history = HealthHistory.Empty(DateTimeOffset.MinValue);
    private HealthWindow _window = HealthWindow.Default;
    private string? _windowNote;
    private Subscription? _subscription;
    private HealthFilters _filters = new();
    private readonly HashSet<HealthFilters> _written = [];
    private string? _filtersNote;
    private HealthWindow? _loadedWindow;
    private LiveUpdatesSwitch? _live;
    private bool _refreshing;
    private bool _healthyOpen;
    private string? _error;

    [Inject] public required IEventStreamService Service { get; init; }

    [Inject] public required TimeProvider Time { get; init; }

    [Inject] public required IOptions<SweepOptions> Sweep { get; init; }

    [Inject] public required IJSRuntime JS { get; init; }

    [Inject] public required ISnackbar Snackbar { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required IOptions<HistoryOptions> HistoryOptions { get; init; }

    [Inject] public required LiveUpdates Live { get; init; }

    /// <summary>?window=24h|7d|30d|90d; anything else falls back to 7 days.</summary>
    [SupplyParameterFromQuery(Name = HealthWindow.QueryName)] public string? WindowCode { get; set; }

    [SupplyParameterFromQuery(Name = HealthFilters.SearchKey)] public string? SearchParameter { get; set; }

    [SupplyParameterFromQuery(Name = HealthFilters.RegionKey)] public string? RegionParameter { get; set; }

    [SupplyParameterFromQuery(Name = HealthFilters.AccountKey)] public string? AccountParameter { get; set; }

    private IReadOnlyList<HealthRow> Unhealthy => Filter(_overview.Unhealthy);

    private IReadOnlyList<HealthRow> Stopped => Filter(_overview.Stopped);

    private IReadOnlyList<HealthRow> Healthy => Filter(_overview.Healthy);

    private HealthHistory History => _history with { Transitions = [.. _history.Transitions.Where(_filters.Matches)] };

    /// <summary>The window's outages, with exactly one ongoing outage for each destination counted unhealthy above.</summary>
    private IReadOnlyList<Outage> Outages => OngoingOutages.Reconcile(History.Outages, Unhealthy, _overview.Regions, Time.GetUtcNow());

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _subscription = await Service.SubscribeHealthAsync(InvokeAsync, ReloadAsync);
            _overview = await Service.GetHealthOverviewAsync();
        }
        catch (ConsoleAccessDeniedException ex)
        {
            _error = AwsErrorText.Describe(ex);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        (_window, _windowNote) = HealthWindow.Resolve(WindowCode, HistoryOptions.Value.Retention);
        var (asked, note) = HealthFilters.Resolve(SearchParameter, RegionParameter, AccountParameter, Service.Accounts);
        // The address catching up with filters this page wrote itself (typing goes on meanwhile) must not undo newer ones.
        if (!_written.Contains(asked))
        {
            (_filters, _filtersNote) = (asked, note);
            _written.Clear();
        }
        try
        {
            // Typing in the search changes the address too; the history is read again only for another window.
            if (_loadedWindow != _window)
            {
                await LoadHistoryAsync();
                _loadedWindow = _window;
            }
        }
        catch (ConsoleAccessDeniedException ex)
        {
            _error = AwsErrorText.Describe(ex);
        }
    }

    private async Task LoadHistoryAsync() =>
        _history = await Service.GetHistoryAsync(_window.StartAt(Time.GetUtcNow()), null, _disposed.Token);

    private void ChooseWindow(string code) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(HealthWindow.QueryName, code), new NavigationOptions { ReplaceHistoryEntry = true });

    private void SearchChanged(string? search) => Narrow(_filters with { Search = search ?? "" });

    private void RegionChanged(string? region) => Narrow(_filters with { Region = region ?? "" });

    private void AccountChanged(string? account) => Narrow(_filters with { Account = account ?? "" });

    /// <summary>Narrows the page and writes the filters into the address (in place of the current entry).</summary>
    private void Narrow(HealthFilters filters)
    {
        _filters = filters;
        _filtersNote = null;
        _written.Add(filters);
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(filters.ToParameters()), new NavigationOptions { ReplaceHistoryEntry = true });
    }

    /// <summary>The filters as the export's query string ("?q=…&amp;inRegion=…").</summary>
    private string ExportQuery => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("",
        _filters.ToParameters().Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value!.ToString())));

    private string UptimeHeading => $"Uptime ({_window.Label})";

    private OutageAcknowledgement? AcknowledgementOf(HealthRow row) => _history.AcknowledgementOf(row.EventStreamArn, row.UnhealthySince);

    private async Task AcknowledgedAsync(OutageAcknowledgement ack)
    {
        Snackbar.Add($"Acknowledged the outage of {ack.DomainName}/{ack.EventStreamName}.", Severity.Success);
        await LoadHistoryAsync();
    }

    private string UptimeOf(HealthRow row)
    {
        if (row.State == Amazon.CustomerProfiles.EventStreamState.STOPPED)
        {
            return Uptime.NotCountedWhileStopped;
        }

        var now = Time.GetUtcNow();
        return _history.UptimeOf(row.EventStreamArn, now)?.Describe(now) ?? "not recorded yet";
    }

    /// <summary>
    /// Follows every region by subscription: a region being read pushes twice a second, coalesced by the subscription into
    /// at most two renders a second, so a room of on-call engineers watching this page costs the server little.
    /// </summary>
    private async Task ReloadAsync()
    {
        // Paused: the picture stays as the user reads it; the switch counts what waits. A page still reading some region
        // is never held: a remembered pause must not leave it half read.
        if (Live.IsPaused && _overview.OldestRefresh is not null)
        {
            _live?.Held();
            return;
        }

        await ApplyLatestAsync();
    }

    private async Task ApplyLatestAsync()
    {
        _overview = await Service.GetHealthOverviewAsync();
        await LoadHistoryAsync();
        StateHasChanged();
    }

    private async Task RefreshAllAsync()
    {
        _refreshing = true;
        try
        {
            await Task.WhenAll(_overview.Regions.Select(r => Service.RefreshInventoryAsync(r.Key, _disposed.Token)));
            if (Live.IsPaused && _overview.OldestRefresh is not null)
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
            _error = AwsErrorText.Describe(ex);
        }
        finally
        {
            _refreshing = false;
        }
    }

    private async Task CopySummaryAsync()
    {
        var text = _overview.Summary(Time.GetUtcNow(), row => Navigation.ToAbsoluteUri(
            Links.Stream(row.Key, Service.AccountId, row.DomainName, row.EventStreamName)).ToString(), AcknowledgementOf);
        var copied = false;
        try
        {
            copied = await JS.InvokeAsync<bool>("escConsole.copy", text);
        }
        catch (JSException)
        {
        }

        Snackbar.Add(copied ? "Copied a summary for the incident channel." : "Could not copy the summary; your browser refused clipboard access.",
            copied ? Severity.Success : Severity.Warning);
    }

    private List<HealthRow> Filter(IReadOnlyList<HealthRow> rows) => [.. rows.Where(_filters.Matches)];

    public void Dispose()
    {
        _subscription?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
