using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.Inventory;

/// <summary>
/// One domain of a region and its event stream (AWS allows one per domain), as last read; <see cref="Message"/> is AWS's
/// reason for a destination that is not HEALTHY (GetEventStream alone returns it).
/// </summary>
public sealed record InventoryEntry(
    string DomainName,
    DateTime DomainCreatedAt,
    IReadOnlyDictionary<string, string> DomainTags,
    EventStreamSummary? Stream,
    string? Error = null,
    string? Message = null)
{
    public bool HasStream => Stream is not null;

    public EventStreamDestinationStatus? Status => Stream?.DestinationSummary?.Status;

    public DateTime? UnhealthySince => Status == EventStreamDestinationStatus.UNHEALTHY ? Stream?.DestinationSummary?.UnhealthySince : null;

    public string? DestinationUri => Stream?.DestinationSummary?.Uri;

    /// <summary>The Kinesis stream's name, short enough for a table cell; the ARN when it does not parse.</summary>
    public string? DestinationName => KinesisStreamArn.TryParse(DestinationUri, out var arn) ? arn.StreamName : DestinationUri;

    public IReadOnlyDictionary<string, string> StreamTags => Stream?.Tags ?? (IReadOnlyDictionary<string, string>)new Dictionary<string, string>();
}

/// <summary>Everything known about one (account, region) at one moment.</summary>
public sealed record InventorySnapshot(
    InventoryKey Key,
    IReadOnlyList<InventoryEntry> Entries,
    DateTimeOffset? RefreshedAt,
    bool IsRefreshing,
    int DomainsRead,
    int DomainsTotal,
    string? LastError)
{
    public static InventorySnapshot Empty(InventoryKey key) => new(key, [], null, false, 0, 0, null);

    public bool IsLoaded => RefreshedAt is not null;

    /// <summary>True when never read, or last read completely more than <paramref name="maxAge"/> before <paramref name="now"/>.</summary>
    public bool IsOlderThan(TimeSpan maxAge, DateTimeOffset now) => RefreshedAt is not { } read || now - read > maxAge;
}

public readonly record struct InventoryKey(string Account, string Region)
{
    public override string ToString() => $"{Account}/{Region}";
}
