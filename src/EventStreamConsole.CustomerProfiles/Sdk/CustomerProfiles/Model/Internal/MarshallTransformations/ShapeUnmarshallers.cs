using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles.Model.Internal.MarshallTransformations;

/// <summary>The string map every tag member uses.</summary>
internal static class Tags
{
    public static readonly JsonDictionaryUnmarshaller<string, string, StringUnmarshaller, StringUnmarshaller> Unmarshaller =
        new(StringUnmarshaller.Instance, StringUnmarshaller.Instance);
}

public sealed class DestinationSummaryUnmarshaller : IJsonUnmarshaller<DestinationSummary, JsonUnmarshallerContext>
{
    public static DestinationSummaryUnmarshaller Instance { get; } = new();

    public DestinationSummary Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new DestinationSummary();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "Uri", depth)) shape.Uri = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "Status", depth)) shape.Status = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "UnhealthySince", depth)) shape.UnhealthySince = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
        }

        return shape;
    }
}

public sealed class EventStreamDestinationDetailsUnmarshaller : IJsonUnmarshaller<EventStreamDestinationDetails, JsonUnmarshallerContext>
{
    public static EventStreamDestinationDetailsUnmarshaller Instance { get; } = new();

    public EventStreamDestinationDetails Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new EventStreamDestinationDetails();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "Uri", depth)) shape.Uri = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "Status", depth)) shape.Status = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "UnhealthySince", depth)) shape.UnhealthySince = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "Message", depth)) shape.Message = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
        }

        return shape;
    }
}

public sealed class EventStreamSummaryUnmarshaller : IJsonUnmarshaller<EventStreamSummary, JsonUnmarshallerContext>
{
    public static EventStreamSummaryUnmarshaller Instance { get; } = new();

    public EventStreamSummary Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new EventStreamSummary();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "DomainName", depth)) shape.DomainName = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "EventStreamName", depth)) shape.EventStreamName = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "EventStreamArn", depth)) shape.EventStreamArn = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "State", depth)) shape.State = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "StoppedSince", depth)) shape.StoppedSince = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "DestinationSummary", depth)) shape.DestinationSummary = DestinationSummaryUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "Tags", depth)) shape.Tags = Tags.Unmarshaller.Unmarshall(context, ref reader);
        }

        return shape;
    }
}

public sealed class ListDomainItemUnmarshaller : IJsonUnmarshaller<ListDomainItem, JsonUnmarshallerContext>
{
    public static ListDomainItemUnmarshaller Instance { get; } = new();

    public ListDomainItem Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new ListDomainItem();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "DomainName", depth)) shape.DomainName = StringUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "CreatedAt", depth)) shape.CreatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "LastUpdatedAt", depth)) shape.LastUpdatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "Tags", depth)) shape.Tags = Tags.Unmarshaller.Unmarshall(context, ref reader);
        }

        return shape;
    }
}

public sealed class DomainStatsUnmarshaller : IJsonUnmarshaller<DomainStats, JsonUnmarshallerContext>
{
    public static DomainStatsUnmarshaller Instance { get; } = new();

    public DomainStats Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)
    {
        if (!JsonObject.Open(context, ref reader, out var depth))
        {
            return null!;
        }

        var shape = new DomainStats();
        while (JsonObject.NextMember(context, ref reader, depth))
        {
            if (JsonObject.Is(context, ref reader, "ProfileCount", depth)) shape.ProfileCount = NullableLongUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "MeteringProfileCount", depth)) shape.MeteringProfileCount = NullableLongUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "ObjectCount", depth)) shape.ObjectCount = NullableLongUnmarshaller.Instance.Unmarshall(context, ref reader);
            else if (JsonObject.Is(context, ref reader, "TotalSize", depth)) shape.TotalSize = NullableLongUnmarshaller.Instance.Unmarshall(context, ref reader);
        }

        return shape;
    }
}
