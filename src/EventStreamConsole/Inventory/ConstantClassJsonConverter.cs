using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;

namespace EventStreamConsole.Inventory;

/// <summary>Stores AWS constants (EventStreamState, EventStreamDestinationStatus...) as their wire string, e.g. "RUNNING".</summary>
public sealed class ConstantClassJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeof(ConstantClass).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : ConstantClass
    {
        // Every generated constant class has a public (string value) constructor; equality is by value.
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : (T)Activator.CreateInstance(typeof(T), reader.GetString()!)!;

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
