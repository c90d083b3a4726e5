using Amazon.Runtime;

namespace Amazon.Kinesis.Model;

// The members of the four stream operations this console calls, named as the SDK names them (StreamARN, not StreamArn);
// as in SDK v4 every member is nullable and collections stay null unless the service sent them.

public sealed class StreamModeDetails
{
    public StreamMode? StreamMode { get; set; }
}

public sealed class ListStreamsRequest : AmazonKinesisRequest
{
    public int? Limit { get; set; }
    public string? ExclusiveStartStreamName { get; set; }
    public string? NextToken { get; set; }
}

public sealed class ListStreamsResponse : AmazonWebServiceResponse
{
    public List<string>? StreamNames { get; set; }
    public bool? HasMoreStreams { get; set; }
    public string? NextToken { get; set; }
    public List<StreamSummary>? StreamSummaries { get; set; }
}

public sealed class StreamSummary
{
    public string? StreamName { get; set; }
    public string? StreamARN { get; set; }
    public StreamStatus? StreamStatus { get; set; }
    public StreamModeDetails? StreamModeDetails { get; set; }
    public DateTime? StreamCreationTimestamp { get; set; }
}

public sealed class DescribeStreamSummaryRequest : AmazonKinesisRequest
{
    public string? StreamName { get; set; }
    public string? StreamARN { get; set; }
}

public sealed class DescribeStreamSummaryResponse : AmazonWebServiceResponse
{
    public StreamDescriptionSummary? StreamDescriptionSummary { get; set; }
}

public sealed class StreamDescriptionSummary
{
    public string? StreamName { get; set; }
    public string? StreamARN { get; set; }
    public StreamStatus? StreamStatus { get; set; }
    public StreamModeDetails? StreamModeDetails { get; set; }
    public int? RetentionPeriodHours { get; set; }
    public DateTime? StreamCreationTimestamp { get; set; }
    public EncryptionType? EncryptionType { get; set; }
    public string? KeyId { get; set; }
    public int? OpenShardCount { get; set; }
    public int? ConsumerCount { get; set; }
    public List<EnhancedMetrics>? EnhancedMonitoring { get; set; }
}

/// <summary>The shard-level metrics enabled for a stream (empty when enhanced monitoring is off).</summary>
public sealed class EnhancedMetrics
{
    public List<string>? ShardLevelMetrics { get; set; }
}

public sealed class CreateStreamRequest : AmazonKinesisRequest
{
    public string? StreamName { get; set; }
    public int? ShardCount { get; set; }
    public StreamModeDetails? StreamModeDetails { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class CreateStreamResponse : AmazonWebServiceResponse;

public sealed class DeleteStreamRequest : AmazonKinesisRequest
{
    public string? StreamName { get; set; }
    public string? StreamARN { get; set; }
    public bool? EnforceConsumerDeletion { get; set; }
}

public sealed class DeleteStreamResponse : AmazonWebServiceResponse;
