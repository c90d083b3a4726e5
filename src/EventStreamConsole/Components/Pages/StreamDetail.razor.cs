using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Configuration;
using EventStreamConsole.Health;
using EventStreamConsole.Service;
using EventStreamConsole.ViewModels;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace EventStreamConsole.Components.Pages;

/// <summary>
/// Everything GetEventStream returns for one stream, re-read every Console:DetailRefreshInterval while the page is open,
/// so a destination that breaks shows up without a reload; the inventory hears of a read only when the stream's condition
/// changed. Tags and delete from here.
/// </summary>
public sealed partial class StreamDetail : IAsyncDisposable
{
    private CancellationTokenSource _disposed = new();
    private EventStreamDetail? _detail;
    private HealthHistory _history = HealthHistory.Empty(DateTimeOffset.MinValue);
    private DestinationFacts? _facts;
    private string? _factsError;
    private HealthWindow _window = HealthWindow.Default;
    private string? _windowNote;
    private (string Domain, string Stream)? _shown;
    private DateTimeOffset? _refreshedAt;
    private bool _loading;
    private bool _notFound;
    private string? _error;
    private Task? _polling;

    [Parameter] public string DomainName { get; set; } = "";

    [Parameter] public string EventStreamName { get; set; } = "";

    /// <summary>?window=24h|7d|30d|90d; anything else falls back to 7 days.</summary>
    [SupplyParameterFromQuery(Name = HealthWindow.QueryName)] public string? WindowCode { get; set; }

    [Inject] public required IEventStreamService Service { get; init; }

    /// <summary>The signed-in user, from the layout; null while it is being read (every action stays disabled).</summary>
    [CascadingParameter] public ConsoleUser? User { get; set; }

    // Background loops end with the page or with the app, whichever comes first.
    [Inject] public required IHostApplicationLifetime Lifetime { get; init; }

    [Inject] public required IDialogService Dialogs { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required CurrentPlace Place { get; init; }

    [Inject] public required ISnackbar Snackbar { get; init; }

    [Inject] public required TimeDisplay Display { get; init; }

    [Inject] public required TimeProvider Time { get; init; }

    [Inject] public required IOptions<ConsoleOptions> Options { get; init; }

    [Inject] public required IOptions<HistoryOptions> HistoryOptions { get; init; }

    private TimeSpan RefreshInterval => Options.Value.DetailRefreshInterval;

    /// <summary>"uptime 99.2 %" over the window, or since the console first read the stream; null when nothing is recorded.</summary>
    // A stopped export delivers nothing, so a destination's "100 %" would say the opposite of the truth.
    private string? Uptime => _detail switch
    {
        { } d when d.State == Amazon.CustomerProfiles.EventStreamState.STOPPED => Health.Uptime.NotCountedWhileStopped,
        { } d when _history.UptimeOf(d.EventStreamArn, Time.GetUtcNow()) is { } uptime => uptime.Describe(Time.GetUtcNow()),
        _ => null,
    };

    protected override void OnInitialized()
    {
        _disposed.Dispose();
        _disposed = CancellationTokenSource.CreateLinkedTokenSource(Lifetime.ApplicationStopping);
    }

    protected override async Task OnParametersSetAsync()
    {
        (_window, _windowNote) = HealthWindow.Resolve(WindowCode, HistoryOptions.Value.Retention);
        if (_shown == (DomainName, EventStreamName) && _detail is not null)
        {
            // Only the window changed: the stream is read again on the next tick anyway.
            await LoadHistoryAsync(_detail.EventStreamArn);
            return;
        }

        _shown = (DomainName, EventStreamName);
        _detail = null;
        await RefreshAsync();
        _polling ??= PollAsync(_disposed.Token);
    }

    private async Task ShowAsCodeAsync()
    {
        if (_detail is { } detail)
        {
            await InfrastructureCodeDialog.ShowAsync(Dialogs, detail);
        }
    }

    private static HealthRow OutageRow(EventStreamDetail d) => new(d.At, d.DomainName, d.EventStreamName, d.DestinationName, d.DestinationUri,
        d.Status, d.State, d.UnhealthySince, d.StoppedSince, d.Message, d.EventStreamArn);

    private OutageAcknowledgement? AcknowledgementOf(EventStreamDetail d) => _history.AcknowledgementOf(d.EventStreamArn, d.UnhealthySince);

    private async Task AcknowledgedAsync(OutageAcknowledgement ack)
    {
        Snackbar.Add($"Acknowledged the outage of {ack.DomainName}/{ack.EventStreamName}.", Severity.Success);
        await LoadHistoryAsync(ack.EventStreamArn);
    }

    private async Task LoadHistoryAsync(string eventStreamArn)
    {
        try
        {
            _history = await Service.GetHistoryAsync(_window.StartAt(Time.GetUtcNow()), eventStreamArn, _disposed.Token);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
    }

    private void ChooseWindow(string code) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(HealthWindow.QueryName, code), new NavigationOptions { ReplaceHistoryEntry = true });

    /// <summary>The page's one background loop: a field that <see cref="DisposeAsync"/> cancels and awaits.</summary>
    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(RefreshAsync);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Page closed.
        }
    }

    private async Task RefreshAsync()
    {
        if (_loading || _notFound)
        {
            return;
        }

        _loading = true;
        try
        {
            _detail = await Service.GetEventStreamAsync(Place.At, DomainName, EventStreamName, _disposed.Token);
            _refreshedAt = Time.GetUtcNow();
            _history = await Service.GetHistoryAsync(_window.StartAt(_refreshedAt.Value), _detail.EventStreamArn, _disposed.Token);
            _error = null;
            await LoadFactsAsync(_detail);
        }
        catch (ResourceNotFoundException)
        {
            _notFound = true;
            _detail = null;
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            _error = AwsErrorText.Describe(ex);
        }
        finally
        {
            _loading = false;
        }

        StateHasChanged();
    }

    /// <summary>The destination's own facts, with their own error line: the stream's page stands even when Kinesis cannot be read.</summary>
    private async Task LoadFactsAsync(EventStreamDetail detail)
    {
        try
        {
            _facts = await Service.GetDestinationFactsAsync(detail.At, detail.DestinationUri, _disposed.Token);
            _factsError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _factsError = AwsErrorText.Describe(ex, "Kinesis could not be asked about the destination");
        }
    }

    private async Task EditTagsAsync()
    {
        if (_detail is null)
        {
            return;
        }

        var result = await TagEditorDialog.ShowAsync(Dialogs, _detail);
        if (result is not null)
        {
            Snackbar.Add(result.AllSucceeded ? "Tags updated." : "Some tag changes failed; see the list in the dialog.", result.AllSucceeded ? Severity.Success : Severity.Warning);
            await RefreshAsync();
        }
    }

    private async Task ChangeDestinationAsync()
    {
        if (_detail is not null && await ChangeDestinationDialog.ShowAsync(Dialogs, _detail) is { } outcome)
        {
            Snackbar.Add(outcome.Sentence, outcome.Succeeded ? Severity.Success : Severity.Warning);
            await RefreshAsync();
        }
    }

    private async Task DeleteAsync()
    {
        if (_detail is not null && await DeleteEventStreamDialog.ShowAsync(Dialogs, _detail))
        {
            Snackbar.Add($"Deleted event stream {_detail.EventStreamName}.", Severity.Success);
            Navigation.NavigateTo(Place.DomainLink(DomainName));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_polling is not null)
        {
            await _polling;
        }

        _disposed.Dispose();
    }
}
