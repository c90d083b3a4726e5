using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis.Model.Internal.MarshallTransformations;

public sealed class StreamModeDetailsUnmarshaller : IJsonUnmarshaller<StreamModeDetails, JsonUnmarshallerContext>
{
    public static StreamModeDetailsUnmarshaller Instance { get; } = new();

    public StreamModeDetails Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new StreamModeDetails();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "StreamMode", depth)) shape.StreamMode = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
        }

        return shape;
    }
}

public sealed class StreamSummaryUnmarshaller : IJsonUnmarshaller<StreamSummary, JsonUnmarshallerContext>
{
    public static StreamSummaryUnmarshaller Instance { get; } = new();

    public StreamSummary Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new StreamSummary();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "StreamName", depth)) shape.StreamName = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StreamARN", depth)) shape.StreamARN = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StreamStatus", depth)) shape.StreamStatus = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StreamModeDetails", depth)) shape.StreamModeDetails = StreamModeDetailsUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StreamCreationTimestamp", depth)) shape.StreamCreationTimestamp = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
        }

        return shape;
    }
}

public sealed class StreamDescriptionSummaryUnmarshaller : IJsonUnmarshaller<StreamDescriptionSummary, JsonUnmarshallerContext>
{
    public static StreamDescriptionSummaryUnmarshaller Instance { get; } = new();

    private static readonly JsonListUnmarshaller<EnhancedMetrics, EnhancedMetricsUnmarshaller> s_monitoring = new(EnhancedMetricsUnmarshaller.Instance);

    public StreamDescriptionSummary Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new StreamDescriptionSummary();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "StreamName", depth)) shape.StreamName = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StreamARN", depth)) shape.StreamARN = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StreamStatus", depth)) shape.StreamStatus = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StreamModeDetails", depth)) shape.StreamModeDetails = StreamModeDetailsUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "RetentionPeriodHours", depth)) shape.RetentionPeriodHours = NullableIntUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StreamCreationTimestamp", depth)) shape.StreamCreationTimestamp = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "EncryptionType", depth)) shape.EncryptionType = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "KeyId", depth)) shape.KeyId = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "OpenShardCount", depth)) shape.OpenShardCount = NullableIntUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "ConsumerCount", depth)) shape.ConsumerCount = NullableIntUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "EnhancedMonitoring", depth)) shape.EnhancedMonitoring = s_monitoring.Unmarshall(context, ref reader);
        }

        return shape;
    }
}

public sealed class EnhancedMetricsUnmarshaller : IJsonUnmarshaller<EnhancedMetrics, JsonUnmarshallerContext>
{
    public static EnhancedMetricsUnmarshaller Instance { get; } = new();

    private static readonly JsonListUnmarshaller<string, StringUnmarshaller> s_metrics = new(StringUnmarshaller.Instance);

    public EnhancedMetrics Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new EnhancedMetrics();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "ShardLevelMetrics", depth)) shape.ShardLevelMetrics = s_metrics.Unmarshall(context, ref reader);
        }

        return shape;
    }
}
