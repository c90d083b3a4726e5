using System.Globalization;
using System.Text;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Health;

/// <summary>One event stream as the on-call overview shows it.</summary>
public sealed record HealthRow(
    InventoryKey Key,
    string DomainName,
    string EventStreamName,
    string? DestinationName,
    string? DestinationUri,
    EventStreamDestinationStatus? Status,
    EventStreamState? State,
    DateTime? UnhealthySince,
    DateTime? StoppedSince,
    string? Message,
    string EventStreamArn = "");

/// <summary>The counters of one (account, region), and whether its picture is current.</summary>
public sealed record RegionHealth(
    InventoryKey Key,
    int Domains,
    int Streams,
    int Unhealthy,
    int Stopped,
    int Healthy,
    DateTimeOffset? RefreshedAt,
    bool IsRefreshing,
    string? Error)
{
    public bool IsLoaded => RefreshedAt is not null;

    /// <summary>The last sweep failed: the numbers are from an older read.</summary>
    public bool IsStale => Error is not null;
}

/// <summary>
/// Every configured region's event streams, problems first: UNHEALTHY by longest unhealthy, then STOPPED by longest
/// stopped, then the healthy ones; with counters per account and region.
/// </summary>
public sealed record HealthOverview(IReadOnlyList<RegionHealth> Regions, IReadOnlyList<HealthRow> Unhealthy, IReadOnlyList<HealthRow> Stopped,
    IReadOnlyList<HealthRow> Healthy)
{
    public static HealthOverview From(IEnumerable<InventorySnapshot> snapshots)
    {
        var list = snapshots.ToList();
        var rows = list.SelectMany(s => s.Entries.Where(e => e.Stream is not null).Select(e => Row(s.Key, e))).ToList();
        var unhealthy = rows.Where(r => r.Status != EventStreamDestinationStatus.HEALTHY)
            .OrderBy(r => r.UnhealthySince ?? DateTime.MaxValue).ThenBy(r => r.DomainName, StringComparer.Ordinal).ToList();
        var stopped = rows.Where(r => r.Status == EventStreamDestinationStatus.HEALTHY && r.State == EventStreamState.STOPPED)
            .OrderBy(r => r.StoppedSince ?? DateTime.MaxValue).ThenBy(r => r.DomainName, StringComparer.Ordinal).ToList();
        var healthy = rows.Where(r => r.Status == EventStreamDestinationStatus.HEALTHY && r.State != EventStreamState.STOPPED)
            .OrderBy(r => r.Key.Region, StringComparer.Ordinal).ThenBy(r => r.DomainName, StringComparer.Ordinal).ToList();
        var regions = list.OrderBy(s => s.Key.Account, StringComparer.Ordinal).ThenBy(s => s.Key.Region, StringComparer.Ordinal)
            .Select(s => new RegionHealth(s.Key, s.Entries.Count, s.Entries.Count(e => e.Stream is not null),
                s.Entries.Count(e => e.Stream is not null && e.Status != EventStreamDestinationStatus.HEALTHY),
                s.Entries.Count(e => e.Stream?.State == EventStreamState.STOPPED && e.Status == EventStreamDestinationStatus.HEALTHY),
                s.Entries.Count(e => e.Status == EventStreamDestinationStatus.HEALTHY && e.Stream?.State != EventStreamState.STOPPED),
                s.RefreshedAt, s.IsRefreshing, s.LastError))
            .ToList();
        return new HealthOverview(regions, unhealthy, stopped, healthy);
    }

    /// <summary>The oldest complete read among the regions: how fresh the whole page is.</summary>
    public DateTimeOffset? OldestRefresh => Regions.Count == 0 || Regions.Any(r => !r.IsLoaded) ? null : Regions.Min(r => r.RefreshedAt);

    /// <summary>A short text for an incident channel: counts, each broken destination with since when and why, stale regions.</summary>
    public string Summary(DateTimeOffset now, Func<HealthRow, string> link, Func<HealthRow, OutageAcknowledgement?>? acknowledgement = null)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Event stream health at {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC: ")
            .Append(CultureInfo.InvariantCulture, $"{Unhealthy.Count} unhealthy, {Stopped.Count} stopped, {Healthy.Count} healthy ")
            .Append('(').AppendJoin(", ", Regions.Select(r => r.Key.ToString())).AppendLine(")");
        foreach (var row in Unhealthy)
        {
            text.Append(CultureInfo.InvariantCulture, $"- UNHEALTHY {row.Key.Region} {row.DomainName}/{row.EventStreamName} → {row.DestinationName}");
            if (row.UnhealthySince is { } since)
            {
                text.Append(CultureInfo.InvariantCulture, $" for {RelativeTime.Since(since, now)} (since {since:yyyy-MM-dd HH:mm} UTC)");
            }

            text.Append(CultureInfo.InvariantCulture, $": {row.Message ?? "no reason given by AWS"}");
            if (acknowledgement?.Invoke(row) is { } ack)
            {
                text.Append(" (").Append(ack.Sentence).Append(')');
            }

            text.Append(' ').Append(link(row)).AppendLine();
        }

        foreach (var row in Stopped)
        {
            text.Append(CultureInfo.InvariantCulture, $"- STOPPED {row.Key.Region} {row.DomainName}/{row.EventStreamName}");
            if (row.StoppedSince is { } since)
            {
                text.Append(CultureInfo.InvariantCulture, $" for {RelativeTime.Since(since, now)}");
            }

            text.Append(' ').Append(link(row)).AppendLine();
        }

        foreach (var region in Regions.Where(r => r.IsStale))
        {
            text.Append(CultureInfo.InvariantCulture, $"- STALE {region.Key}: the last sweep failed ({region.Error})").AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static HealthRow Row(InventoryKey key, InventoryEntry entry) => new(key, entry.DomainName, entry.Stream!.EventStreamName ?? "", entry.DestinationName,
        entry.DestinationUri, entry.Status, entry.Stream.State, entry.UnhealthySince, entry.Stream.StoppedSince, entry.Message,
        entry.Stream.EventStreamArn ?? "");
}
