using System.Collections.Concurrent;
using EventStreamConsole.Inventory;
using EventStreamConsole.Subscriptions;

namespace EventStreamConsole.BulkChanges;

/// <summary>
/// Runs bulk changes on the server, so they go on when the user closes the tab (reopening the job's page shows its
/// progress). A stream is in at most one running job at a time. Each job works through its streams one after another,
/// each call paced by the client's limiter at AWS's rate; pages follow a job through a subscription. Finished jobs stay
/// listed until <see cref="KeptFinished"/> newer ones have finished. Stopping the console cancels running jobs and awaits them.
/// </summary>
public sealed class BulkJobs(TimeProvider time, ILogger<BulkJobs> logger) : IAsyncDisposable
{
    public const int KeptFinished = 50;

    private static readonly TimeSpan s_publishEvery = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, BulkJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _claims = new(StringComparer.Ordinal);
    private readonly Lock _claimGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private bool _stopped;
    private readonly Subscribers<string> _subscribers = new(s_publishEvery, time, logger);

    /// <summary>
    /// Starts <paramref name="initial"/>: <paramref name="work"/> runs for every stream in order, then <paramref name="finished"/>
    /// once with the final picture. Throws <see cref="BulkStreamsBusyException"/> when a stream is in another running job.
    /// </summary>
    public BulkJobView Start(BulkJobView initial, Func<BulkTarget, CancellationToken, Task<BulkItem>> work, Func<BulkJobView, Task> finished)
    {
        ArgumentNullException.ThrowIfNull(initial);
        BulkJob job;
        lock (_claimGate)
        {
            if (_stopped)
            {
                throw new InvalidOperationException("The console is stopping; nothing was started. Start the change again in a moment.");
            }

            var busy = initial.Items.Where(i => _claims.ContainsKey(ClaimKey(initial.At, i.Target))).Select(i => i.Target).ToList();
            if (busy.Count > 0)
            {
                throw new BulkStreamsBusyException(busy);
            }

            foreach (var item in initial.Items)
            {
                _claims[ClaimKey(initial.At, item.Target)] = initial.Id;
            }

            // Registered under the lock that stopping takes, so stopping awaits every run it did not refuse.
            job = new BulkJob(initial, work, finished);
            _jobs[initial.Id] = job;
            var token = _stopping.Token;
            _runs[initial.Id] = Task.Run(() => RunAsync(job, token), CancellationToken.None);
        }

        Forget();
        return job.View;
    }

    /// <summary>
    /// Claims one stream for a change made outside a job (a single change of destination), so no job works on it
    /// meanwhile; null when a job (or another such change) has it. Dispose to release.
    /// </summary>
    public IDisposable? TryClaim(InventoryKey at, string domainName, string eventStreamName)
    {
        var arn = ClaimKey(at, domainName, eventStreamName);
        var owner = "single:" + Guid.NewGuid().ToString("N");
        lock (_claimGate)
        {
            if (_stopped || !_claims.TryAdd(arn, owner))
            {
                return null;
            }
        }

        return new Claim(this, arn, owner);
    }

    public BulkJobView? Find(string id) => _jobs.TryGetValue(id, out var job) ? job.View : null;

    /// <summary>Every job still kept, newest first.</summary>
    public IReadOnlyList<BulkJobView> All => [.. _jobs.Values.Select(j => j.View).OrderByDescending(v => v.StartedAt)];

    /// <summary>Stops the job after the stream in progress; false when it is unknown or already finished.</summary>
    public bool RequestCancel(string id)
    {
        if (!_jobs.TryGetValue(id, out var job) || !job.View.IsRunning)
        {
            return false;
        }

        job.RequestCancel();
        _subscribers.Notify(id);
        return true;
    }

    /// <summary>
    /// Follows one job (or every job, for null) among those <paramref name="visible"/> allows: <paramref name="onChanged"/>
    /// after its changes, bursts coalesced.
    /// </summary>
    public Subscription Subscribe(string? id, Func<string, bool> visible, Func<Func<Task>, Task> dispatch, Func<Task> onChanged) =>
        _subscribers.Subscribe($"bulk job {id ?? "*"}", changed => (id is null || changed == id) && visible(changed), dispatch, onChanged);

    /// <summary>Completes when the job has finished (for tests and orderly shutdown).</summary>
    public Task WhenFinishedAsync(string id) => _runs.TryGetValue(id, out var run) ? run : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        lock (_claimGate)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_runs.Values);
        _stopping.Dispose();
    }

    private async Task RunAsync(BulkJob job, CancellationToken token)
    {
        var view = job.View;
        try
        {
            for (var index = 0; index < view.Items.Count; index++)
            {
                if (job.CancelRequested || token.IsCancellationRequested)
                {
                    job.CancelRemaining(token.IsCancellationRequested ? "Not started: the console was stopping." : "Not started: the job was cancelled.");
                    break;
                }

                var target = view.Items[index].Target;
                job.Set(index, new BulkItem(target, BulkItemStatus.Running));
                _subscribers.Notify(view.Id);
                job.Set(index, await RunOneAsync(job, target, token));
                _subscribers.Notify(view.Id);
            }
        }
        finally
        {
            lock (_claimGate)
            {
                foreach (var key in view.Items.Select(i => ClaimKey(view.At, i.Target)).Where(k => _claims.GetValueOrDefault(k) == view.Id).ToList())
                {
                    _claims.Remove(key);
                }
            }

            var final = job.Finish(time.GetUtcNow());
            try
            {
                await job.Finished(final);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Bulk job {JobId}: recording its outcome failed", view.Id);
            }

            _subscribers.Notify(view.Id);
        }
    }

    private async Task<BulkItem> RunOneAsync(BulkJob job, BulkTarget target, CancellationToken token)
    {
        try
        {
            return await job.Work(target, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return new BulkItem(target, BulkItemStatus.Cancelled, "The console stopped while this stream was being changed; read it again to see its state.");
        }
        catch (Exception ex)
        {
            // The work reports AWS's refusals itself; anything else is a fault in the console, kept out of the user's circuit.
            logger.LogError(ex, "Bulk job {JobId}: changing {EventStreamArn} failed unexpectedly", job.View.Id, target.Arn);
            return new BulkItem(target, BulkItemStatus.Failed, $"The console failed while changing this stream: {ex.Message}");
        }
    }

    // By name, not by the ARN a caller passed: one stream has one key however its ARN was written.
    private static string ClaimKey(InventoryKey at, BulkTarget target) => ClaimKey(at, target.DomainName, target.EventStreamName);

    private static string ClaimKey(InventoryKey at, string domainName, string eventStreamName) => $"{at}/{domainName}/{eventStreamName}";

    private void Release(string arn, string owner)
    {
        lock (_claimGate)
        {
            if (_claims.GetValueOrDefault(arn) == owner)
            {
                _claims.Remove(arn);
            }
        }
    }

    private sealed class Claim(BulkJobs jobs, string arn, string owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                jobs.Release(arn, owner);
            }
        }
    }

    private void Forget()
    {
        var finished = _jobs.Values.Select(j => j.View).Where(v => !v.IsRunning).OrderByDescending(v => v.FinishedAt).Skip(KeptFinished).ToList();
        foreach (var view in finished)
        {
            _jobs.TryRemove(view.Id, out _);
            _runs.TryRemove(view.Id, out _);
        }
    }
}

/// <summary>Some of the chosen streams are being changed by another bulk job; nothing was started.</summary>
public sealed class BulkStreamsBusyException(IReadOnlyList<BulkTarget> busy)
    : Exception($"{busy.Count} of the chosen streams {(busy.Count == 1 ? "is" : "are")} already being changed by another bulk job " +
        $"({string.Join(", ", busy.Take(5).Select(t => $"{t.DomainName}/{t.EventStreamName}"))}{(busy.Count > 5 ? ", …" : "")}); " +
        "wait for it to finish or cancel it, then try again. Nothing was started.")
{
    public IReadOnlyList<BulkTarget> Busy { get; } = busy;
}
