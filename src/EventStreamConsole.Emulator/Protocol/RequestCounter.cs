using System.Collections.Concurrent;
using EventStreamConsole.Emulator.State;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>Counts the calls received per (account, region, operation) and their outcome, for tests and benchmarks.</summary>
public sealed class RequestCounter
{
    private readonly ConcurrentDictionary<(Scope Scope, string Operation), Counts> _counts = new();

    public void Record(Scope scope, string operation, bool throttled)
    {
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

    public void Reset() => _counts.Clear();

    private sealed class Counts
    {
        public long Calls;
        public long Throttled;
    }
}

public sealed record RequestCount(string AccountId, string Region, string Operation, long Calls, long Throttled);
