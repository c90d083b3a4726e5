using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.Model;

/// <summary>One domain on the overview, with its event stream filled in once it has been read.</summary>
public sealed class DomainRow(string domainName, DateTime createdAt, IReadOnlyDictionary<string, string> tags)
{
    public string DomainName { get; } = domainName;

    public DateTime CreatedAt { get; } = createdAt;

    public IReadOnlyDictionary<string, string> Tags { get; } = tags;

    public StreamLoad Load { get; private set; } = StreamLoad.Loading;

    public EventStreamSummary? Stream { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The destination's Kinesis stream name, short enough for a table cell.</summary>
    public string? DestinationName =>
        Stream?.DestinationSummary?.Uri is { } uri && KinesisStreamArn.TryParse(uri, out var arn) ? arn.StreamName : Stream?.DestinationSummary?.Uri;

    public void Loaded(EventStreamSummary? stream)
    {
        Stream = stream;
        Load = StreamLoad.Loaded;
    }

    public void Failed(Exception exception)
    {
        Error = exception is AmazonServiceException { RequestId: { } id } service
            ? $"{service.ErrorCode}: {service.Message} (request {id})"
            : exception.Message;
        Load = StreamLoad.Failed;
    }
}

public enum StreamLoad
{
    Loading,
    Loaded,
    Failed,
}
