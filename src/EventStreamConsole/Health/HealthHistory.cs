namespace EventStreamConsole.Health;

/// <summary>
/// The transitions a health page needs for a window starting at <see cref="Since"/>: those inside it, plus the last one of
/// each kind before it for every stream (so an outage that began before the window is still known), and when the console
/// first read each stream (<see cref="FirstSeen"/>, by ARN), which bounds what the history can vouch for.
/// </summary>
public sealed record HealthHistory(DateTimeOffset Since, IReadOnlyList<HealthTransition> Transitions, IReadOnlyDictionary<string, DateTimeOffset> FirstSeen)
{
    public static HealthHistory Empty(DateTimeOffset since) => new(since, [], new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal));

    /// <summary>The acknowledgements of ongoing outages, by stream ARN.</summary>
    public IReadOnlyDictionary<string, OutageAcknowledgement> Acknowledgements { get; init; } = new Dictionary<string, OutageAcknowledgement>(StringComparer.Ordinal);

    /// <summary>The acknowledgement of the stream's current outage (begun at <paramref name="unhealthySince"/>); null when none.</summary>
    public OutageAcknowledgement? AcknowledgementOf(string eventStreamArn, DateTime? unhealthySince) =>
        Acknowledgements.TryGetValue(eventStreamArn, out var ack) && ack.Covers(unhealthySince) ? ack : null;

    /// <summary>Every outage that overlaps the window, most recent first; an ongoing one is kept however long ago it began.</summary>
    public IReadOnlyList<Outage> Outages => [.. Outage.From(Transitions).Where(o => o.EndedAt is not { } ended || ended >= Since)];

    /// <summary>
    /// What a timeline of the window shows: its transitions, and a carried-in one from before the window only while it still
    /// holds (an outage or stop that is not over), newest first.
    /// </summary>
    public IReadOnlyList<HealthTransition> Timeline
    {
        get
        {
            var latest = Transitions.GroupBy(t => (t.EventStreamArn, t.Kind)).Select(g => g.MaxBy(t => t.At)!).ToHashSet();
            return [.. Transitions.Where(t => t.At >= Since || (latest.Contains(t) && t.To is "UNHEALTHY" or "STOPPED"))
                .OrderByDescending(t => t.At).ThenByDescending(t => t.ObservedAt)];
        }
    }

    /// <summary>The transitions of one stream only.</summary>
    public HealthHistory Of(string eventStreamArn) => this with { Transitions = [.. Transitions.Where(t => t.EventStreamArn == eventStreamArn)] };

    /// <summary>
    /// The share of the window the destination was HEALTHY, from the history: null when the console knows nothing of the stream.
    /// When the history starts inside the window (first read later), the share is of the time since then.
    /// </summary>
    public Uptime? UptimeOf(string eventStreamArn, DateTimeOffset now)
    {
        var own = Transitions.Where(t => t.EventStreamArn == eventStreamArn && t.Kind == TransitionKind.Status).ToList();
        DateTimeOffset? known = FirstSeen.TryGetValue(eventStreamArn, out var first) ? first : null;
        if (own.Count > 0)
        {
            var earliest = own.Min(t => t.At);
            known = known is { } k && k < earliest ? k : earliest;
        }

        if (known is not { } coveredFrom)
        {
            return null;
        }

        if (coveredFrom < Since)
        {
            coveredFrom = Since;
        }

        var span = now - coveredFrom;
        if (span <= TimeSpan.Zero)
        {
            return new Uptime(1, coveredFrom, coveredFrom <= Since);
        }

        var down = Outage.From(own).Aggregate(TimeSpan.Zero, (sum, o) => sum + o.Overlap(coveredFrom, now));
        return new Uptime(Math.Clamp(1 - (down / span), 0, 1), coveredFrom, coveredFrom <= Since);
    }
}

/// <summary>The share of time a destination was HEALTHY, since <see cref="CoveredFrom"/>; <see cref="CoversWindow"/> when that is the window's start.</summary>
public sealed record Uptime(double Share, DateTimeOffset CoveredFrom, bool CoversWindow)
{
    /// <summary>What a stopped export shows instead of a share: it sends nothing, whatever its destination's health.</summary>
    public const string NotCountedWhileStopped = "uptime not counted: the export is stopped, so nothing is delivered";

    /// <summary>"99.2 %", never rounded up to 100 % while there was any outage.</summary>
    public string Percent
    {
        get
        {
            var tenths = Math.Floor(Share * 1000) / 10;
            return tenths.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
        }
    }

    /// <summary>"uptime 99.2 %" or, when the history starts inside the window, "uptime 99.2 % since first seen 3 d 0 h ago".</summary>
    public string Describe(DateTimeOffset now) =>
        CoversWindow ? $"uptime {Percent}" : $"uptime {Percent} since first seen {ViewModels.RelativeTime.Duration(now - CoveredFrom)} ago";
}
