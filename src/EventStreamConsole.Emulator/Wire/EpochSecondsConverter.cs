using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventStreamConsole.Emulator.Wire;

/// <summary>
/// restJson1 and awsJson1.1 send timestamps as epoch seconds (a JSON number, fractions allowed).
/// Reading also accepts an ISO-8601 string, as botocore does, since the live service's bytes are unconfirmed.
/// </summary>
public sealed class EpochSecondsConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return FromEpochSeconds(reader.GetDouble());
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                return FromEpochSeconds(seconds);
            }

            return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        }

        throw new JsonException("Expected a timestamp as epoch seconds or an ISO-8601 string.");
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        var ticks = utc.Ticks - DateTime.UnixEpoch.Ticks;
        // Millisecond precision, as AWS services emit: 1686096000.123
        var millis = ticks / TimeSpan.TicksPerMillisecond;
        writer.WriteNumberValue(decimal.Divide(millis, 1000m));
    }

    public static DateTime FromEpochSeconds(double seconds) =>
        DateTime.UnixEpoch.AddTicks((long)Math.Round(seconds * 1000) * TimeSpan.TicksPerMillisecond);
}
