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

/// <summary>One period during which a destination was UNHEALTHY; <see cref="EndedAt"/> is null while it lasts.</summary>
public sealed record Outage(InventoryKey Key, string DomainName, string EventStreamName, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? Message)
{
    public TimeSpan Duration(DateTimeOffset now) => (EndedAt ?? now) - StartedAt;

    public bool IsOngoing => EndedAt is null;

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
                    open = new Outage(transition.Key, transition.DomainName, transition.EventStreamName, transition.At, null, transition.Message);
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
