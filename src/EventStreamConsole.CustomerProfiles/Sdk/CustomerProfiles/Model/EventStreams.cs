using Amazon.Runtime;

namespace Amazon.CustomerProfiles.Model;

// As in SDK v4: every member is nullable (value types included) and collections stay null unless the service sent them
// (AWSConfigs.InitializeCollections is false by default).

public sealed class CreateEventStreamRequest : AmazonCustomerProfilesRequest
{
    public string? DomainName { get; set; }
    public string? EventStreamName { get; set; }

    /// <summary>The Kinesis Data Stream ARN to export to.</summary>
    public string? Uri { get; set; }

    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class CreateEventStreamResponse : AmazonWebServiceResponse
{
    public string? EventStreamArn { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class GetEventStreamRequest : AmazonCustomerProfilesRequest
{
    public string? DomainName { get; set; }
    public string? EventStreamName { get; set; }
}

/// <summary>GetEventStream's output. Unlike list items it has no EventStreamName, but its destination carries a Message.</summary>
public sealed class GetEventStreamResponse : AmazonWebServiceResponse
{
    public string? DomainName { get; set; }
    public string? EventStreamArn { get; set; }
    public DateTime? CreatedAt { get; set; }
    public EventStreamState? State { get; set; }
    public DateTime? StoppedSince { get; set; }
    public EventStreamDestinationDetails? DestinationDetails { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class EventStreamDestinationDetails
{
    public string? Uri { get; set; }
    public EventStreamDestinationStatus? Status { get; set; }
    public DateTime? UnhealthySince { get; set; }

    /// <summary>Why the destination is unhealthy; only GetEventStream returns it.</summary>
    public string? Message { get; set; }
}

public sealed class ListEventStreamsRequest : AmazonCustomerProfilesRequest
{
    public string? DomainName { get; set; }

    /// <summary>1 to 100; the service's default applies when unset.</summary>
    public int? MaxResults { get; set; }

    public string? NextToken { get; set; }
}

public sealed class ListEventStreamsResponse : AmazonWebServiceResponse
{
    public List<EventStreamSummary>? Items { get; set; }
    public string? NextToken { get; set; }
}

public sealed class EventStreamSummary
{
    public string? DomainName { get; set; }
    public string? EventStreamName { get; set; }
    public string? EventStreamArn { get; set; }
    public EventStreamState? State { get; set; }
    public DateTime? StoppedSince { get; set; }
    public DestinationSummary? DestinationSummary { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

/// <summary>The destination as list calls report it: no Message (only GetEventStream has one).</summary>
public sealed class DestinationSummary
{
    public string? Uri { get; set; }
    public EventStreamDestinationStatus? Status { get; set; }
    public DateTime? UnhealthySince { get; set; }
}

public sealed class DeleteEventStreamRequest : AmazonCustomerProfilesRequest
{
    public string? DomainName { get; set; }
    public string? EventStreamName { get; set; }
}

public sealed class DeleteEventStreamResponse : AmazonWebServiceResponse;
