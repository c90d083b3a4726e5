namespace EventStreamConsole.Health;

/// <summary>
/// Makes the outages of a window agree with what the sweep reads now: every destination that is not HEALTHY has exactly one
/// ongoing outage (the recorded one, or else one from AWS's UnhealthySince marked "since at least"), and a recorded outage
/// that the current read no longer shows (healed or deleted since) is not counted as ongoing.
/// </summary>
public static class OngoingOutages
{
    /// <param name="recorded">The window's outages from the history.</param>
    /// <param name="unhealthy">The rows the overview counts as unhealthy.</param>
    /// <param name="regions">The regions the overview knows; only those read at least once overrule the history.</param>
    /// <param name="now">The start of an outage nobody knows the start of (no UnhealthySince, region not read yet).</param>
    public static IReadOnlyList<Outage> Reconcile(IReadOnlyList<Outage> recorded, IReadOnlyList<HealthRow> unhealthy, IReadOnlyList<RegionHealth> regions,
        DateTimeOffset now)
    {
        var loaded = regions.Where(r => r.IsLoaded).ToDictionary(r => r.Key, r => r.RefreshedAt!.Value);
        var outages = recorded.Where(o => !o.IsOngoing || !loaded.ContainsKey(o.Key)).ToList();
        foreach (var row in unhealthy)
        {
            var open = recorded.FirstOrDefault(o => o.IsOngoing && o.IsSameStream(row.Key, row.DomainName, row.EventStreamName));
            outages.Add(open ?? new Outage(row.Key, row.DomainName, row.EventStreamName, StartOf(row, loaded, now), null, row.Message, SinceAtLeast: true));
        }

        return [.. outages.OrderBy(o => o.IsOngoing ? 0 : 1).ThenByDescending(o => o.StartedAt)];
    }

    private static DateTimeOffset StartOf(HealthRow row, Dictionary<Inventory.InventoryKey, DateTimeOffset> loaded, DateTimeOffset now) =>
        row.UnhealthySince is { } since ? new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc))
        : loaded.TryGetValue(row.Key, out var read) ? read : now;
}
