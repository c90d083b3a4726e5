using System.Buffers;
using System.Text.Json;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace EventStreamConsole.CustomerProfiles.Sdk;

/// <summary>Writes a request's JSON body with the core's marshaller context, as the generated marshallers do.</summary>
internal static class JsonBody
{
    public static void Write(IRequest request, Action<JsonMarshallerContext> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(new JsonMarshallerContext(request, writer));
            writer.WriteEndObject();
        }

        request.Content = buffer.WrittenSpan.ToArray();
    }

    public static void WriteStringMap(this JsonMarshallerContext context, string name, IReadOnlyDictionary<string, string> map)
    {
        context.Writer.WritePropertyName(name);
        context.Writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            context.Writer.WriteString(key, value);
        }

        context.Writer.WriteEndObject();
    }
}
