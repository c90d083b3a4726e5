using System.Collections.Concurrent;
using EventStreamConsole.Emulator.State;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>Counts the calls received per (account, region, operation) and their outcome, for tests and benchmarks.</summary>
public sealed class RequestCounter
{
    private const int TimelineCapacity = 200_000;
    private readonly ConcurrentDictionary<(Scope Scope, string Operation), Counts> _counts = new();
    private readonly ConcurrentQueue<RequestEvent> _timeline = new();

    /// <summary>Every call received since the last reset, with a monotonic time stamp (the most recent 200,000).</summary>
    public IReadOnlyList<RequestEvent> Timeline() => [.. _timeline];

    public void Record(Scope scope, string operation, bool throttled)
    {
        _timeline.Enqueue(new RequestEvent(scope.AccountId, scope.Region, operation, System.Diagnostics.Stopwatch.GetTimestamp(), throttled));
        while (_timeline.Count > TimelineCapacity && _timeline.TryDequeue(out _))
        {
        }

        var counts = _counts.GetOrAdd((scope, operation), _ => new Counts());
        Interlocked.Increment(ref counts.Calls);
        if (throttled)
        {
            Interlocked.Increment(ref counts.Throttled);
        }
    }

    public IReadOnlyList<RequestCount> Snapshot() =>
        [.. _counts.OrderBy(c => c.Key.Scope.ToString(), StringComparer.Ordinal).ThenBy(c => c.Key.Operation, StringComparer.Ordinal)
            .Select(c => new RequestCount(c.Key.Scope.AccountId, c.Key.Scope.Region, c.Key.Operation, c.Value.Calls, c.Value.Throttled))];

    public void Reset()
    {
        _counts.Clear();
        _timeline.Clear();
    }

    private sealed class Counts
    {
        public long Calls;
        public long Throttled;
    }
}

/// <summary>One call as the emulator received it; <see cref="Timestamp"/> is a <see cref="System.Diagnostics.Stopwatch"/> time stamp.</summary>
public sealed record RequestEvent(string AccountId, string Region, string Operation, long Timestamp, bool Throttled);

public sealed record RequestCount(string AccountId, string Region, string Operation, long Calls, long Throttled);
