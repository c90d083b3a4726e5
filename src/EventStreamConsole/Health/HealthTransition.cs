using EventStreamConsole.Inventory;

namespace EventStreamConsole.Health;

/// <summary>What changed: the destination's status (HEALTHY/UNHEALTHY) or the export's state (RUNNING/STOPPED).</summary>
public enum TransitionKind
{
    Status,
    State,
}

/// <summary>
/// One recorded change of one event stream. <see cref="At"/> is when it happened as far as AWS says (UnhealthySince,
/// StoppedSince) or else when the sweep saw it; <see cref="FirstSeen"/> marks a stream that was already in that condition
/// when the console first read it (no alert is sent for those).
/// </summary>
public sealed record HealthTransition(
    string Id,
    InventoryKey Key,
    string DomainName,
    string EventStreamName,
    string EventStreamArn,
    TransitionKind Kind,
    string? From,
    string To,
    DateTimeOffset At,
    DateTimeOffset ObservedAt,
    string? Message,
    bool FirstSeen);

/// <summary>
/// One period during which a destination was UNHEALTHY; <see cref="EndedAt"/> is null while it lasts. <see cref="SinceAtLeast"/>
/// marks a start the console did not see itself (the stream was already broken when first read): AWS's UnhealthySince, so
/// the outage began then or earlier.
/// </summary>
public sealed record Outage(InventoryKey Key, string DomainName, string EventStreamName, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? Message,
    bool SinceAtLeast = false)
{
    public TimeSpan Duration(DateTimeOffset now) => (EndedAt ?? now) - StartedAt;

    public bool IsOngoing => EndedAt is null;

    /// <summary>How much of [<paramref name="from"/>, <paramref name="now"/>] this outage covers.</summary>
    public TimeSpan Overlap(DateTimeOffset from, DateTimeOffset now)
    {
        var start = StartedAt > from ? StartedAt : from;
        var end = EndedAt is { } ended && ended < now ? ended : now;
        return end > start ? end - start : TimeSpan.Zero;
    }

    public bool IsSameStream(InventoryKey key, string domainName, string eventStreamName) =>
        Key == key && DomainName == domainName && EventStreamName == eventStreamName;

    /// <summary>Pairs each UNHEALTHY transition with the next HEALTHY one of the same stream.</summary>
    public static IReadOnlyList<Outage> From(IEnumerable<HealthTransition> transitions)
    {
        var outages = new List<Outage>();
        foreach (var stream in transitions.Where(t => t.Kind == TransitionKind.Status).GroupBy(t => t.EventStreamArn))
        {
            Outage? open = null;
            foreach (var transition in stream.OrderBy(t => t.At))
            {
                if (transition.To == "UNHEALTHY" && open is null)
                {
                    open = new Outage(transition.Key, transition.DomainName, transition.EventStreamName, transition.At, null, transition.Message, transition.FirstSeen);
                }
                else if (transition.To == "HEALTHY" && open is not null)
                {
                    outages.Add(open with { EndedAt = transition.At });
                    open = null;
                }
            }

            if (open is not null)
            {
                outages.Add(open);
            }
        }

        return [.. outages.OrderByDescending(o => o.StartedAt)];
    }
}
