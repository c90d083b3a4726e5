using System.Text.Json;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace EventStreamConsole.CustomerProfiles.Sdk;

/// <summary>
/// The loop every generated JSON unmarshaller runs: open the object (or meet null), then visit its members at that depth.
/// Members a shape does not know are skipped by the next read, so newer service fields never break parsing.
/// </summary>
internal static class JsonObject
{
    /// <summary>Reads the opening token; false when the value is JSON null or the body is empty.</summary>
    public static bool Open(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader, out int depth)
    {
        depth = 0;
        if (context.IsEmptyResponse)
        {
            return false;
        }

        context.Read(ref reader);
        if (context.CurrentTokenType == JsonTokenType.Null)
        {
            return false;
        }

        depth = context.CurrentDepth;
        return true;
    }

    /// <summary>Moves to the next member of the object opened at <paramref name="depth"/>.</summary>
    public static bool NextMember(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader, int depth) =>
        context.ReadAtDepth(depth, ref reader);

    public static bool Is(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader, string member, int depth) =>
        context.TestExpression(member, depth, ref reader);

    /// <summary>A reader over the response stream, sized as the core sizes its own.</summary>
    public static StreamingUtf8JsonReader Reader(JsonUnmarshallerContext context) =>
        new(context.Stream, Amazon.AWSConfigs.StreamingUtf8JsonReaderBufferSize ?? 4096, context.JsonMaxDepth);
}
