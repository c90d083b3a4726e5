using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Inventory;

public enum HealthFilter
{
    All,
    Unhealthy,
    Healthy,
    NoStream,
}

public enum StateFilter
{
    All,
    Running,
    Stopped,
}

/// <summary>The column a list is sorted by; the URL carries its name in lower case.</summary>
public enum SortColumn
{
    Domain,
    Stream,
    State,
    Health,
    Destination,
    Created,
}

/// <summary>
/// Search, filters, sort and page of the event streams list: everything the URL keeps. <see cref="Search"/> finds any
/// part of a domain or stream name, the stream's ARN, the destination's ARN or name, or a tag ("team", "retail",
/// "team=retail"); <see cref="Tag"/> is a <see cref="TagFilter"/> (ignored while it is malformed; the page says why).
/// </summary>
public sealed record InventoryQuery(
    string? Search = null,
    HealthFilter Health = HealthFilter.All,
    StateFilter State = StateFilter.All,
    SortColumn Sort = SortColumn.Health,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25,
    string? Tag = null)
{
    public static readonly int[] PageSizes = [10, 25, 50, 100];

    /// <summary>Filters, sorts and pages the snapshot; TotalItems is the filtered count.</summary>
    /// <summary>Every entry the filters match, in the query's order (all pages).</summary>
    public IReadOnlyList<InventoryEntry> Matching(IReadOnlyList<InventoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return (this with { Page = 0, PageSize = Math.Max(1, entries.Count) }).Apply(entries).Items;
    }

    public (IReadOnlyList<InventoryEntry> Items, int TotalItems) Apply(IReadOnlyList<InventoryEntry> entries)
    {
        var tag = TagFilter.Parse(Tag, out _);
        var filtered = entries.Where(e => Matches(e) && (tag is null || tag.Matches(e.StreamTags) || tag.Matches(e.DomainTags))).ToList();
        var sorted = Order(filtered).ToList();
        var page = Math.Clamp(Page, 0, Math.Max(0, (sorted.Count - 1) / PageSize));
        return (sorted.Skip(page * PageSize).Take(PageSize).ToList(), sorted.Count);
    }

    private bool Matches(InventoryEntry entry)
    {
        if (!string.IsNullOrWhiteSpace(Search) && !Found(entry, Search.Trim()))
        {
            return false;
        }

        var healthMatches = Health switch
        {
            HealthFilter.Unhealthy => entry.Status == EventStreamDestinationStatus.UNHEALTHY,
            HealthFilter.Healthy => entry.Status == EventStreamDestinationStatus.HEALTHY,
            HealthFilter.NoStream => !entry.HasStream,
            _ => true,
        };
        var stateMatches = State switch
        {
            StateFilter.Running => entry.Stream?.State == EventStreamState.RUNNING,
            StateFilter.Stopped => entry.Stream?.State == EventStreamState.STOPPED,
            _ => true,
        };
        return healthMatches && stateMatches;
    }

    /// <summary>Any name, ARN or tag of the entry holds <paramref name="text"/> (ignoring case).</summary>
    private static bool Found(InventoryEntry entry, string text)
    {
        bool Has(string? value) => value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
        return Has(entry.DomainName) || Has(entry.Stream?.EventStreamName) || Has(entry.Stream?.EventStreamArn)
            || Has(entry.DestinationUri) || Has(entry.DestinationName)
            || entry.StreamTags.Concat(entry.DomainTags).Any(t => Has(t.Key) || Has(t.Value) || Has($"{t.Key}={t.Value}"));
    }

    private IEnumerable<InventoryEntry> Order(List<InventoryEntry> entries)
    {
        IOrderedEnumerable<InventoryEntry> ordered = Sort switch
        {
            // Problems first: unhealthy by how long they have been unhealthy, then stopped, then healthy, then no stream.
            SortColumn.Health => Descending
                ? entries.OrderByDescending(HealthRank).ThenByDescending(e => e.UnhealthySince ?? DateTime.MaxValue)
                : entries.OrderBy(HealthRank).ThenBy(e => e.UnhealthySince ?? DateTime.MaxValue),
            SortColumn.Stream => By(entries, e => e.Stream?.EventStreamName ?? "\uffff"),
            SortColumn.State => By(entries, e => e.Stream is null ? "\uffff" : WireLabels.Of(e.Stream.State)),
            SortColumn.Destination => By(entries, e => e.DestinationName ?? "\uffff"),
            SortColumn.Created => Descending ? entries.OrderByDescending(e => e.DomainCreatedAt) : entries.OrderBy(e => e.DomainCreatedAt),
            _ => By(entries, e => e.DomainName),
        };
        return ordered.ThenBy(e => e.DomainName, StringComparer.Ordinal);
    }

    private IOrderedEnumerable<InventoryEntry> By(List<InventoryEntry> entries, Func<InventoryEntry, string> key) =>
        Descending ? entries.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : entries.OrderBy(key, StringComparer.OrdinalIgnoreCase);

    private static int HealthRank(InventoryEntry entry) =>
        entry.Status == EventStreamDestinationStatus.UNHEALTHY ? 0
        : entry.Stream?.State == EventStreamState.STOPPED ? 1
        : entry.HasStream ? 2
        : 3;
}
