using EventStreamConsole.BulkChanges;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// The event streams chosen on the list for a bulk change, across pages and filters: by row, by page, or every stream that
/// matches the filter. Rows without an event stream cannot be chosen. Cleared when the list moves to another region.
/// </summary>
public sealed class StreamSelection
{
    private readonly Dictionary<string, BulkTarget> _chosen = new(StringComparer.Ordinal);
    private InventoryKey? _at;

    public int Count => _chosen.Count;

    /// <summary>The chosen streams in the order they were chosen.</summary>
    public IReadOnlyList<BulkTarget> Targets => [.. _chosen.Values];

    /// <summary>Forgets the choice when the list shows another account or region.</summary>
    public void Follow(InventoryKey at)
    {
        if (_at != at)
        {
            _chosen.Clear();
            _at = at;
        }
    }

    public bool Contains(InventoryEntry entry) => entry?.Stream?.EventStreamArn is { } arn && _chosen.ContainsKey(arn);

    public void Set(InventoryEntry entry, bool chosen)
    {
        if (TargetOf(entry) is not { } target)
        {
            return;
        }

        if (chosen)
        {
            _chosen.TryAdd(target.Arn, target);
        }
        else
        {
            _chosen.Remove(target.Arn);
        }
    }

    /// <summary>True when every stream among <paramref name="entries"/> is chosen (false when there is none).</summary>
    public bool ContainsAll(IEnumerable<InventoryEntry> entries)
    {
        var streams = entries.Where(e => e.Stream is not null).ToList();
        return streams.Count > 0 && streams.All(Contains);
    }

    public void SetAll(IEnumerable<InventoryEntry> entries, bool chosen)
    {
        foreach (var entry in entries)
        {
            Set(entry, chosen);
        }
    }

    public void Clear() => _chosen.Clear();

    /// <summary>How many of <paramref name="entries"/> can be chosen (have an event stream).</summary>
    public static int Selectable(IEnumerable<InventoryEntry> entries) => entries.Count(e => e.Stream is not null);

    /// <summary>The chosen streams' destinations with how many send to each, most first.</summary>
    public IReadOnlyList<(string Destination, int Count)> Destinations =>
        [.. _chosen.Values.GroupBy(t => t.DestinationUri ?? "").Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)];

    private static BulkTarget? TargetOf(InventoryEntry entry) =>
        entry?.Stream is { EventStreamArn: { } arn, EventStreamName: { } name } ? new BulkTarget(entry.DomainName, name, arn, entry.DestinationUri) : null;
}
