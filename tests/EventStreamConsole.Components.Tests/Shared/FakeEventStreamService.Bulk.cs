using EventStreamConsole.BulkChanges;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Service.Changes;
using EventStreamConsole.Subscriptions;

namespace EventStreamConsole.Tests.Shared;

/// <summary>The fake's bulk jobs and changes of destination: jobs are pictures a test sets and pushes, calls are recorded.</summary>
public sealed partial class FakeEventStreamService
{
    private readonly Subscribers<string> _jobSubscribers = new(TimeSpan.Zero, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

    public Dictionary<string, BulkJobView> Jobs { get; } = new(StringComparer.Ordinal);

    public List<(IReadOnlyList<BulkTarget> Targets, BulkTagEdit Edit)> StartedTagEdits { get; } = [];

    public List<(IReadOnlyList<BulkTarget> Targets, string Destination)> StartedMoves { get; } = [];

    public List<(string Domain, string Stream, string Destination)> Moves { get; } = [];

    /// <summary>What the next change of destination answers; a move by default.</summary>
    public DestinationChangeOutcome? MoveOutcome { get; set; }

    /// <summary>What the pre-check of a new destination answers (null: it can be used).</summary>
    public string? MovePrecheck { get; set; }

    public List<string> Cancelled { get; } = [];

    /// <summary>The picture a started job gets; null makes one with every stream waiting.</summary>
    public Func<BulkJobView, BulkJobView>? StartedJob { get; set; }

    public async Task<BulkJobView> StartBulkTagEditAsync(InventoryKey at, IReadOnlyList<BulkTarget> targets, BulkTagEdit edit, CancellationToken cancellationToken)
    {
        await Record($"StartBulkTagEdit {targets.Count}");
        StartedTagEdits.Add((targets, edit));
        return Started(new BulkJobView($"job{Jobs.Count + 1}", BulkJobKind.EditTags, $"Edit tags of {targets.Count} streams: {edit.Describe()}", at, User.Name, User.ObjectId,
            ConsoleTestContext.Now, null, false, [.. targets.Select(t => new BulkItem(t, BulkItemStatus.Waiting))], TimeSpan.FromMilliseconds(200)) { TagEdit = edit });
    }

    public async Task<BulkJobView> StartBulkDestinationChangeAsync(InventoryKey at, IReadOnlyList<BulkTarget> targets, string newDestinationArn, CancellationToken cancellationToken)
    {
        await Record($"StartBulkDestinationChange {targets.Count}");
        if (MovePrecheck is { } refusal)
        {
            throw new ConsoleInputException(refusal);
        }

        StartedMoves.Add((targets, newDestinationArn));
        return Started(new BulkJobView($"job{Jobs.Count + 1}", BulkJobKind.ChangeDestination, $"Move {targets.Count} streams", at, User.Name, User.ObjectId,
            ConsoleTestContext.Now, null, false, [.. targets.Select(t => new BulkItem(t, BulkItemStatus.Waiting))], TimeSpan.FromSeconds(1)) { NewDestinationArn = newDestinationArn });
    }

    public async Task<BulkJobView> RetryFailedAsync(string jobId, CancellationToken cancellationToken)
    {
        await Record($"RetryFailed {jobId}");
        var previous = Jobs[jobId];
        var failed = previous.Items.Where(i => i.Status == BulkItemStatus.Failed).Select(i => new BulkItem(i.Target, BulkItemStatus.Waiting)).ToList();
        return Started(previous with { Id = $"job{Jobs.Count + 1}", Items = failed, FinishedAt = null, RetryOf = jobId });
    }

    public async Task<BulkJobView?> GetBulkJobAsync(string jobId)
    {
        await Record($"GetBulkJob {jobId}");
        return Jobs.GetValueOrDefault(jobId);
    }

    public async Task<IReadOnlyList<BulkJobView>> ListBulkJobsAsync()
    {
        await Record("ListBulkJobs");
        return [.. Jobs.Values.OrderByDescending(j => j.StartedAt)];
    }

    public Task<Subscription> SubscribeBulkJobsAsync(string? jobId, Func<Func<Task>, Task> dispatch, Func<Task> onChanged) =>
        Task.FromResult(_jobSubscribers.Subscribe($"fake job {jobId}", id => jobId is null || id == jobId, dispatch, onChanged));

    /// <summary>Sets a job's picture and tells its followers, as the runner does after each stream.</summary>
    public void PushJob(BulkJobView job)
    {
        Jobs[job.Id] = job;
        _jobSubscribers.Notify(job.Id);
    }

    public async Task CancelBulkJobAsync(string jobId)
    {
        await Record($"CancelBulkJob {jobId}");
        Cancelled.Add(jobId);
    }

    public async Task<string?> PrecheckDestinationChangeAsync(InventoryKey at, string currentDestinationArn, string newDestinationArn, CancellationToken cancellationToken)
    {
        await Record($"PrecheckDestinationChange {newDestinationArn}");
        return MovePrecheck;
    }

    public async Task<DestinationChangeOutcome> ChangeDestinationAsync(InventoryKey at, string domainName, string eventStreamName, string newDestinationArn,
        CancellationToken cancellationToken, IProgress<string>? progress = null)
    {
        progress?.Report("Deleting the stream…");
        if (ChangeGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        await Record($"ChangeDestination {domainName}/{eventStreamName}");
        Moves.Add((domainName, eventStreamName, newDestinationArn));
        return MoveOutcome ?? new DestinationChangeOutcome(DestinationChangeState.Moved, $"{domainName}/{eventStreamName} now sends to the new stream.", "op1");
    }

    private BulkJobView Started(BulkJobView job)
    {
        var started = StartedJob?.Invoke(job) ?? job;
        Jobs[started.Id] = started;
        return started;
    }
}
