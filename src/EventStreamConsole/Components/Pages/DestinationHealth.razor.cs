using EventStreamConsole.Aws;
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
    private IReadOnlyList<HealthTransition> _history = [];
    private Subscription? _subscription;
    private string? _search;
    private string _region = "";
    private string _account = "";
    private bool _refreshing;
    private bool _healthyOpen;
    private string? _error;

    [Inject] public required IEventStreamService Service { get; init; }

    [Inject] public required TimeProvider Time { get; init; }

    [Inject] public required IOptions<SweepOptions> Sweep { get; init; }

    [Inject] public required IJSRuntime JS { get; init; }

    [Inject] public required ISnackbar Snackbar { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    private IReadOnlyList<HealthRow> Unhealthy => Filter(_overview.Unhealthy);

    private IReadOnlyList<HealthRow> Stopped => Filter(_overview.Stopped);

    private IReadOnlyList<HealthRow> Healthy => Filter(_overview.Healthy);

    private IReadOnlyList<HealthTransition> History => [.. _history.Where(t =>
        (_region.Length == 0 || t.Key.Region == _region)
        && (_account.Length == 0 || t.Key.Account == _account)
        && (string.IsNullOrWhiteSpace(_search) || t.DomainName.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)
            || t.EventStreamName.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)))];

    private IReadOnlyList<Outage> Outages => Outage.From(History);

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _subscription = await Service.SubscribeHealthAsync(InvokeAsync, ReloadAsync);
            _overview = await Service.GetHealthOverviewAsync();
            _history = await Service.GetHistoryAsync(Time.GetUtcNow().AddDays(-7), null, _disposed.Token);
        }
        catch (ConsoleAccessDeniedException ex)
        {
            _error = AwsErrorText.Describe(ex);
        }
    }

    /// <summary>
    /// Follows every region by subscription: a region being read pushes twice a second, coalesced by the subscription into
    /// at most two renders a second, so a room of on-call engineers watching this page costs the server little.
    /// </summary>
    private async Task ReloadAsync()
    {
        _overview = await Service.GetHealthOverviewAsync();
        _history = await Service.GetHistoryAsync(Time.GetUtcNow().AddDays(-7), null, _disposed.Token);
        StateHasChanged();
    }

    private async Task RefreshAllAsync()
    {
        _refreshing = true;
        try
        {
            await Task.WhenAll(_overview.Regions.Select(r => Service.RefreshInventoryAsync(r.Key, _disposed.Token)));
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
            Links.Stream(row.Key, Service.AccountId, row.DomainName, row.EventStreamName)).ToString());
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

    private List<HealthRow> Filter(IReadOnlyList<HealthRow> rows) => [.. rows.Where(r =>
        (_region.Length == 0 || r.Key.Region == _region)
        && (_account.Length == 0 || r.Key.Account == _account)
        && (string.IsNullOrWhiteSpace(_search) || Matches(r, _search.Trim())))];

    private static bool Matches(HealthRow row, string search) =>
        row.DomainName.Contains(search, StringComparison.OrdinalIgnoreCase)
        || row.EventStreamName.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (row.DestinationUri?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false)
        || (row.Message?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);

    public void Dispose()
    {
        _subscription?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
