using System.Text.Json;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>A request body read leniently, with type errors reported as the service would: naming the member.</summary>
public sealed class JsonBody
{
    private readonly JsonElement _root;
    private readonly Func<string, EmulatorException> _error;

    private JsonBody(JsonElement root, Func<string, EmulatorException> error)
    {
        _root = root;
        _error = error;
    }

    public static async Task<JsonBody> ReadAsync(HttpRequest request, Func<string, EmulatorException> error, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return new JsonBody(JsonDocument.Parse("{}").RootElement.Clone(), error);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw error("The request body must be a JSON object.");
            }

            return new JsonBody(document.RootElement.Clone(), error);
        }
        catch (JsonException ex)
        {
            throw error($"The request body is not valid JSON: {ex.Message}");
        }
    }

    public string? String(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw _error($"{name} must be a string.");
    }

    public int? Int(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw _error($"{name} must be an integer.");
    }

    public bool Has(string name) => _root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonElement? Object(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw _error($"{name} must be a JSON object.");
    }

    public Dictionary<string, string>? StringMap(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
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
}
