using System.Text.Json;
using System.Text.Unicode;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>
/// A request body read leniently, with type errors reported as the service would: naming the member. A body that is
/// not a JSON object of valid text (bad UTF-8, an unpaired surrogate escape) is refused whole, before any member is read.
/// </summary>
public sealed class JsonBody : IDisposable
{
    private readonly JsonDocument _document;
    private readonly Func<string, EmulatorException> _error;

    private JsonBody(JsonDocument document, Func<string, EmulatorException> error)
    {
        _document = document;
        _error = error;
    }

    private JsonElement Root => _document.RootElement;

    public static async Task<JsonBody> ReadAsync(HttpRequest request, Func<string, EmulatorException> error, CancellationToken cancellationToken)
    {
        var bytes = await RequestBody.ReadAsync(request, error, cancellationToken);
        if (bytes.Length == 0)
        {
            return new JsonBody(JsonDocument.Parse("{}"), error);
        }

        if (!Utf8.IsValid(bytes))
        {
            throw error("The request body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            // Parsed in place: the document reads the body's bytes and keeps no copy of them.
            document = JsonDocument.Parse(bytes.AsMemory());
        }
        catch (JsonException ex)
        {
            throw error($"The request body is not valid JSON: {ex.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw error("The request body must be a JSON object.");
        }

        if (!IsText(bytes))
        {
            document.Dispose();
            throw error("The request body holds a string that is not valid Unicode text (an unpaired surrogate such as \\ud800).");
        }

        return new JsonBody(document, error);
    }

    public string? String(string name)
    {
        if (!Root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw _error($"{name} must be a string.");
    }

    public int? Int(string name)
    {
        if (!Root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw _error($"{name} must be an integer.");
    }

    public bool Has(string name) => Root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonElement? Object(string name)
    {
        if (!Root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw _error($"{name} must be a JSON object.");
    }

    public Dictionary<string, string>? StringMap(string name)
    {
        if (!Root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw _error($"{name} must be a JSON object of string values.");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : throw _error($"{name} value of '{property.Name}' must be a string.");
        }

        return map;
    }

    public void Dispose() => _document.Dispose();

    /// <summary>
    /// Whether every string and member name decodes. The bytes are valid UTF-8 by now, so only escapes can spell an
    /// unpaired surrogate (\ud800): only escaped strings are decoded, and a long plain string costs no copy.
    /// </summary>
    private static bool IsText(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if ((reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) && reader.ValueIsEscaped)
                {
                    _ = reader.GetString();
                }
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
