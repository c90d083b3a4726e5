using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.Service;

/// <summary>Everything GetEventStream returns, with the names the page needs.</summary>
public sealed record EventStreamDetail(
    string Region,
    string DomainName,
    string EventStreamName,
    string EventStreamArn,
    DateTime CreatedAt,
    EventStreamState? State,
    DateTime? StoppedSince,
    string DestinationUri,
    EventStreamDestinationStatus? Status,
    DateTime? UnhealthySince,
    string? Message,
    IReadOnlyDictionary<string, string> Tags)
{
    public static EventStreamDetail From(string region, string eventStreamName, GetEventStreamResponse r) => new(
        region, r.DomainName ?? "", eventStreamName, r.EventStreamArn ?? "", r.CreatedAt ?? default, r.State, r.StoppedSince,
        r.DestinationDetails?.Uri ?? "", r.DestinationDetails?.Status, r.DestinationDetails?.UnhealthySince, r.DestinationDetails?.Message,
        r.Tags ?? new Dictionary<string, string>());

    /// <summary>The account and region the stream lives in (the account read from its ARN).</summary>
    public Inventory.InventoryKey At => new(CustomerProfilesArn.TryParse(EventStreamArn, out _, out var account, out _, out _) ? account : "", Region);

    public string? DestinationName => KinesisStreamArn.TryParse(DestinationUri, out var arn) ? arn.StreamName : null;

    /// <summary>The Kinesis console page of the destination, in the destination's own region.</summary>
    public string? KinesisConsoleUrl => KinesisStreamArn.TryParse(DestinationUri, out var arn)
        ? $"https://{arn.Region}.console.aws.amazon.com/kinesis/home?region={arn.Region}#/streams/details/{Uri.EscapeDataString(arn.StreamName)}/monitoring"
        : null;

    public EventStreamSummary ToSummary() => new()
    {
        DomainName = DomainName,
        EventStreamName = EventStreamName,
        EventStreamArn = EventStreamArn,
        State = State,
        StoppedSince = StoppedSince,
        DestinationSummary = new DestinationSummary { Uri = DestinationUri, Status = Status, UnhealthySince = UnhealthySince },
        Tags = Tags.Count == 0 ? null : new Dictionary<string, string>(Tags),
    };
}

/// <summary>One page of a domain's event streams, with the token that starts the next one.</summary>
public sealed record EventStreamPage(IReadOnlyList<EventStreamSummary> Items, string? NextToken);

/// <summary>A Kinesis stream the create dialog offers as a destination.</summary>
public sealed record KinesisStreamOption(string Name, string Arn, string Status);

/// <summary>What is known about a domain before creating its event stream.</summary>
public sealed record CreatePrecheck(bool DomainExists, string? ExistingStreamName);
