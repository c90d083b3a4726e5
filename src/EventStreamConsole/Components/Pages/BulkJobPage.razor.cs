using EventStreamConsole.Aws;
using EventStreamConsole.BulkChanges;
using EventStreamConsole.Service;
using EventStreamConsole.Subscriptions;
using EventStreamConsole.ViewModels;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventStreamConsole.Components.Pages;

/// <summary>
/// One bulk change: its progress while it runs (the page follows the job by subscription), then its per-stream report with
/// "retry the failed ones". The job runs on the server, so the page can be closed and opened again at any time.
/// </summary>
public sealed partial class BulkJobPage : IAsyncDisposable
{
    private BulkJobView? _job;
    private Subscription? _subscription;
    private string? _subscribed;
    private bool _loaded;
    private bool _canAudit;
    private bool _retrying;
    private bool _onlyProblems;
    private string? _error;

    [Parameter] public string JobId { get; set; } = "";

    [Inject] public required IEventStreamService Service { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required TimeProvider Time { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _canAudit = (await Service.GetUserAsync()).Can(Authentication.ConsolePermission.ViewAudit);
        if (_subscribed != JobId)
        {
            _subscription?.Dispose();
            _subscription = await Service.SubscribeBulkJobsAsync(JobId, InvokeAsync, ReloadAsync);
            _subscribed = JobId;
        }

        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _job = await Service.GetBulkJobAsync(JobId);
        _loaded = true;
        StateHasChanged();
    }

    private async Task CancelAsync()
    {
        try
        {
            await Service.CancelBulkJobAsync(JobId);
            await ReloadAsync();
        }
        catch (Exception ex) when (ex is ConsoleInputException or ConsoleAccessDeniedException)
        {
            _error = ex.Message;
        }
    }

    private async Task RetryAsync()
    {
        _retrying = true;
        try
        {
            var retry = await Service.RetryFailedAsync(JobId, CancellationToken.None);
            Navigation.NavigateTo(Links.BulkJob(retry.Id));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = AwsErrorText.Describe(ex, "The retry was not started");
        }
        finally
        {
            _retrying = false;
        }
    }

    private static string StatusText(BulkJobView job) =>
        job.IsRunning ? (job.Cancelling ? "Stopping" : "Running")
        : job.Failed > 0 ? "Finished with failures"
        : job.Cancelled > 0 ? "Cancelled"
        : "Finished";

    private static Color StatusColor(BulkJobView job) =>
        job.IsRunning ? Color.Info : job.Failed > 0 ? Color.Error : job.Cancelled > 0 ? Color.Warning : Color.Success;

    private static string ItemText(BulkItemStatus status) => status switch
    {
        BulkItemStatus.Waiting => "Waiting",
        BulkItemStatus.Running => "In progress",
        BulkItemStatus.Succeeded => "Succeeded",
        BulkItemStatus.Failed => "Failed",
        BulkItemStatus.Skipped => "Skipped",
        _ => "Not started",
    };

    private static Color ItemColor(BulkItemStatus status) => status switch
    {
        BulkItemStatus.Succeeded => Color.Success,
        BulkItemStatus.Failed => Color.Error,
        BulkItemStatus.Running => Color.Info,
        BulkItemStatus.Cancelled => Color.Warning,
        _ => Color.Default,
    };

    public ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        return ValueTask.CompletedTask;
    }
}
