using System.Collections.Concurrent;

namespace EventStreamConsole.Service;

/// <summary>
/// The destinations' facts as last read, for <see cref="Lifetime"/>: a stream page re-reads its stream every few seconds,
/// and however many people look, Kinesis is asked about one destination at most that often.
/// </summary>
public sealed class DestinationFactsCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, DestinationFacts> _facts = new(StringComparer.Ordinal);

    public DestinationFacts? Get(string streamArn) =>
        _facts.TryGetValue(streamArn, out var facts) && time.GetUtcNow() - facts.ReadAt < Lifetime ? facts : null;

    public void Set(DestinationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _facts[facts.StreamArn] = facts;
    }
}
