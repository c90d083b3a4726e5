using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventStreamConsole.Emulator.Wire;

/// <summary>
/// Maps an enum to AWS's upper-case wire names. Unknown wire values read as the enum's zero value
/// instead of failing, because AWS adds enum values without a new API version.
/// </summary>
public abstract class WireEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byWire;
    private readonly Dictionary<TEnum, string> _byValue;

    protected WireEnumConverter(params (TEnum Value, string Wire)[] names)
    {
        _byWire = names.ToDictionary(n => n.Wire, n => n.Value, StringComparer.Ordinal);
        _byValue = names.ToDictionary(n => n.Value, n => n.Wire);
    }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(TEnum).Name}.");
        }

        return _byWire.TryGetValue(reader.GetString()!, out var value) ? value : default;
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!_byValue.TryGetValue(value, out var wire))
        {
            throw new JsonException($"{typeof(TEnum).Name}.{value} has no wire name and cannot be sent.");
        }

        writer.WriteStringValue(wire);
    }

    public string ToWire(TEnum value) => _byValue[value];
}

public sealed class EventStreamStateConverter() : WireEnumConverter<EventStreamState>(
    (EventStreamState.Running, "RUNNING"), (EventStreamState.Stopped, "STOPPED"));

public sealed class EventStreamDestinationStatusConverter() : WireEnumConverter<EventStreamDestinationStatus>(
    (EventStreamDestinationStatus.Healthy, "HEALTHY"), (EventStreamDestinationStatus.Unhealthy, "UNHEALTHY"));

public sealed class StreamStatusConverter() : WireEnumConverter<StreamStatus>(
    (StreamStatus.Creating, "CREATING"), (StreamStatus.Deleting, "DELETING"),
    (StreamStatus.Active, "ACTIVE"), (StreamStatus.Updating, "UPDATING"));

public sealed class StreamModeConverter() : WireEnumConverter<StreamMode>(
    (StreamMode.Provisioned, "PROVISIONED"), (StreamMode.OnDemand, "ON_DEMAND"));
