using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.BulkChanges;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Inventory;
using EventStreamConsole.Subscriptions;

namespace EventStreamConsole.Service;

/// <summary>
/// The service's bulk changes: checked here (role, input, streams not busy), recorded as one batch audit record whose
/// operation id every per-stream entry carries, then run by <see cref="BulkJobs"/> on the server. A job is seen and
/// cancelled by the user who started it, or an admin.
/// </summary>
public sealed partial class EventStreamService
{
    /// <summary>How many streams one bulk change may name.</summary>
    public const int MaxBulkStreams = 1000;

    public Task<BulkJobView> StartBulkTagEditAsync(InventoryKey at, IReadOnlyList<BulkTarget> targets, BulkTagEdit edit, CancellationToken cancellationToken) =>
        StartTagJobAsync(at, targets, edit, null, cancellationToken);

    /// <summary>Starts a new job over the streams that failed in <paramref name="jobId"/>, making the same change.</summary>
    public async Task<BulkJobView> RetryFailedAsync(string jobId, CancellationToken cancellationToken)
    {
        var previous = await VisibleJobAsync(jobId)
            ?? throw new ConsoleInputException($"Bulk job '{jobId}' is not known (a finished job is kept until {BulkJobs.KeptFinished} newer ones finish).");
        if (previous.IsRunning)
        {
            throw new ConsoleInputException("The job is still running; retry its failed streams once it has finished.");
        }

        var failed = previous.Items.Where(i => i.Status == BulkItemStatus.Failed).Select(i => i.Target).ToList();
        if (failed.Count == 0)
        {
            throw new ConsoleInputException("No stream of this job failed; there is nothing to retry.");
        }

        return previous switch
        {
            { TagEdit: { } edit } => await StartTagJobAsync(previous.At, failed, edit, previous.Id, cancellationToken),
            { NewDestinationArn: { } arn } => await StartMoveJobAsync(previous.At, failed, arn, previous.Id, cancellationToken),
            _ => throw new ConsoleInputException("This job cannot be retried."),
        };
    }

    public async Task<BulkJobView?> GetBulkJobAsync(string jobId)
    {
        await user.DemandAsync(ConsolePermission.View);
        return await VisibleJobAsync(jobId);
    }

    /// <summary>The jobs the user may see (their own; every job for an admin), newest first.</summary>
    public async Task<IReadOnlyList<BulkJobView>> ListBulkJobsAsync()
    {
        var current = await user.DemandAsync(ConsolePermission.View);
        return [.. jobs.All.Where(j => MaySee(current, j))];
    }

    public async Task<Subscription> SubscribeBulkJobsAsync(string? jobId, Func<Func<Task>, Task> dispatch, Func<Task> onChanged)
    {
        var current = await user.DemandAsync(ConsolePermission.View);
        // A job one may not see is followed as an unknown one: never notified.
        return jobs.Subscribe(jobId, id => jobs.Find(id) is { } job && MaySee(current, job), dispatch, onChanged);
    }

    public async Task CancelBulkJobAsync(string jobId)
    {
        var job = await VisibleJobAsync(jobId) ?? throw new ConsoleInputException($"Bulk job '{jobId}' is not known.");
        if (!jobs.RequestCancel(job.Id))
        {
            throw new ConsoleInputException("The job has already finished; there is nothing to cancel.");
        }
    }

    private async Task<BulkJobView> StartTagJobAsync(InventoryKey at, IReadOnlyList<BulkTarget> targets, BulkTagEdit edit, string? retryOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var values = BatchValues(targets, edit.Set.ToDictionary(p => AuditKeys.Tag(p.Key), p => (string?)p.Value)
            .Concat(edit.Remove.Distinct(StringComparer.Ordinal).Select(k => KeyValuePair.Create(AuditKeys.Tag(k), (string?)null))));
        var actor = await DemandOrRecordAsync(ConsolePermission.EditTags, AuditActions.BulkEditTags, BatchTarget(at), values);
        CheckTargets(at, targets);
        if (edit.Errors() is { Count: > 0 } errors)
        {
            throw new ConsoleInputException(string.Join(" ", errors));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var initial = NewJob(actor, at, BulkJobKind.EditTags, $"Edit tags of {Streams(targets.Count)}: {edit.Describe()}", targets,
            PerStream(at, "TagResource"), retryOf) with { TagEdit = edit };
        return await StartAsync(actor, at, initial, AuditActions.BulkEditTags, values,
            (target, token) => bulkTags.ApplyAsync(actor, at, edit, initial.Id, target, token));
    }

    private BulkJobView NewJob(ConsoleUser actor, InventoryKey at, BulkJobKind kind, string title, IReadOnlyList<BulkTarget> targets, TimeSpan perStream, string? retryOf) =>
        new(Guid.NewGuid().ToString("N"), kind, title, at, actor.Name, actor.ObjectId, time.GetUtcNow(), null, false,
            [.. targets.Select(t => new BulkItem(t, BulkItemStatus.Waiting))], perStream, retryOf);

    /// <summary>Records the batch (its operation id is the job's id), then starts the job; a busy stream ends the batch as failed.</summary>
    private async Task<BulkJobView> StartAsync(ConsoleUser actor, InventoryKey at, BulkJobView initial, string action, IReadOnlyDictionary<string, string?> values,
        Func<BulkTarget, CancellationToken, Task<BulkItem>> work)
    {
        var batchValues = new Dictionary<string, string?>(values);
        if (initial.RetryOf is { } retryOf)
        {
            batchValues["RetryOf"] = retryOf;
        }

        var batch = await audit.IntentAsync(actor, action, BatchTarget(at), null, batchValues, initial.Id);
        try
        {
            return jobs.Start(initial, work, final => ConcludeAsync(batch, final));
        }
        catch (Exception ex)
        {
            // Busy streams, or a console that is stopping: nothing started, and the batch record says so.
            await audit.ConcludedAsync(batch, AuditResult.Failed, ex.Message);
            throw;
        }
    }

    private Task ConcludeAsync(AuditRecord batch, BulkJobView final)
    {
        var result = final.Failed > 0 ? AuditResult.Failed : final.Cancelled > 0 ? AuditResult.Cancelled : AuditResult.Succeeded;
        return audit.ConcludedAsync(batch, result, final.Tally);
    }

    private async Task<BulkJobView?> VisibleJobAsync(string jobId)
    {
        var current = await user.DemandAsync(ConsolePermission.View);
        return jobs.Find(jobId ?? "") is { } job && MaySee(current, job) ? job : null;
    }

    // Administrators see every job (they may cancel a colleague's); everyone else their own.
    private static bool MaySee(ConsoleUser current, BulkJobView job) =>
        job.StartedByObjectId == current.ObjectId || current.Roles.Contains(ConsoleRole.Admin);

    private void CheckTargets(InventoryKey at, IReadOnlyList<BulkTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (!clients.Keys.Contains(at))
        {
            throw new ConsoleInputException($"Region: {at.Region} of account '{at.Account}' is not one this console is configured for.");
        }

        if (targets.Count == 0)
        {
            throw new ConsoleInputException("Streams: choose at least one event stream.");
        }

        if (targets.Count > MaxBulkStreams)
        {
            throw new ConsoleInputException($"Streams: one bulk change can name at most {MaxBulkStreams} streams (there are {targets.Count}); narrow the filter.");
        }

        if (targets.GroupBy(t => t.Arn, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ConsoleInputException($"Streams: {twice.Key} is named more than once.");
        }

        foreach (var target in targets)
        {
            if (!CustomerProfilesArn.TryParse(target.Arn, out var region, out var account, out var domain, out var stream)
                || region != at.Region || (at.Account.Length > 0 && account != at.Account) || domain != target.DomainName || stream != target.EventStreamName)
            {
                throw new ConsoleInputException($"Streams: '{target.Arn}' is not the event stream {target.DomainName}/{target.EventStreamName} of {at.Region}.");
            }
        }
    }

    /// <summary>What AWS's rate allows per stream: one call of <paramref name="operation"/> each.</summary>
    private TimeSpan PerStream(InventoryKey at, string operation) => TimeSpan.FromSeconds(1 / OperationQuotas.For(operation, clients.AccountOf(at.Account).Client.OperationTps));

    private static Dictionary<string, string?> BatchValues(IReadOnlyList<BulkTarget> targets, IEnumerable<KeyValuePair<string, string?>> change)
    {
        // Built key by key: a bad edit may name a key twice, and is refused with a message after this is audited.
        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["Streams"] = (targets?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in change)
        {
            values.TryAdd(key, value);
        }

        return values;
    }

    private static AuditTarget BatchTarget(InventoryKey at) => new(at.Region, "", "", "");

    private static string Streams(int count) => count == 1 ? "1 stream" : $"{count} streams";
}
