using System.Globalization;
using Amazon.Kinesis.Model;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Service;

/// <summary>
/// What Kinesis says of an event stream's destination (DescribeStreamSummary): its status, capacity, retention, encryption
/// and consumers; <see cref="Missing"/> when the stream does not exist. Read at <see cref="ReadAt"/>.
/// </summary>
public sealed record DestinationFacts(
    string StreamArn,
    bool Missing,
    string Status,
    string CapacityMode,
    int? OpenShards,
    int? RetentionHours,
    string Encryption,
    string? KmsKeyId,
    int? Consumers,
    DateTimeOffset ReadAt)
{
    public static DestinationFacts From(string arn, StreamDescriptionSummary summary, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(arn, false, WireLabels.Of(summary.StreamStatus), WireLabels.Of(summary.StreamModeDetails?.StreamMode), summary.OpenShardCount,
            summary.RetentionPeriodHours, WireLabels.Of(summary.EncryptionType), summary.KeyId, summary.ConsumerCount, readAt);
    }

    public static DestinationFacts NotFound(string arn, DateTimeOffset readAt) => new(arn, true, "missing", WireLabels.Unknown, null, null, WireLabels.Unknown, null, null, readAt);

    /// <summary>"PROVISIONED · 2 open shards", or the mode alone when the count is unknown.</summary>
    public string Capacity => OpenShards is { } shards
        ? string.Create(CultureInfo.InvariantCulture, $"{CapacityMode} · {shards} open shard{(shards == 1 ? "" : "s")}")
        : CapacityMode;

    /// <summary>"24 h (1 d)".</summary>
    public string Retention => RetentionHours is { } hours
        ? string.Create(CultureInfo.InvariantCulture, $"{hours} h{(hours >= 48 ? $" ({hours / 24} d)" : "")}")
        : WireLabels.Unknown;

    /// <summary>"none", or "KMS: alias/orders" (a KMS key whose policy must let Customer Profiles use it).</summary>
    public string EncryptionText => Encryption == "KMS" ? $"KMS: {KmsKeyId ?? "key not named"}" : Encryption == "NONE" ? "none" : Encryption;
}
