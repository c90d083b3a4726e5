using System.Globalization;
using System.Text.Json.Nodes;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// Whether a value satisfies the model, by Smithy's rules: required members present, string length in Unicode code
/// points, list and map length in entries, integer range, patterns with ECMA-262 semantics, enum values.
/// Returns the first broken rule, or null when the value is valid.
/// </summary>
public static class ModelJudge
{
    public static string? Check(ServiceModel model, JsonObject structure, JsonObject? value, string path)
    {
        value ??= [];
        foreach (var required in ServiceModel.Required(structure))
        {
            if (value[required] is null)
            {
                return $"{path}.{required} is required";
            }
        }

        foreach (var (name, member) in ServiceModel.Members(structure))
        {
            if (value[name] is { } memberValue && CheckValue(model, model.MemberShape(member), memberValue, $"{path}.{name}") is { } broken)
            {
                return broken;
            }
        }

        var unknown = value.Select(p => p.Key).FirstOrDefault(k => structure["members"]![k] is null);
        return unknown is null ? null : $"{path}.{unknown} is not a member";
    }

    private static string? CheckValue(ServiceModel model, JsonObject shape, JsonNode value, string path)
    {
        switch ((string)shape["type"]!)
        {
            case "string":
                var text = (string)value!;
                if (Length(shape, text.EnumerateRunes().Count(), path, "code points") is { } length)
                {
                    return length;
                }

                if (shape["pattern"] is { } pattern && !EcmaPattern.IsMatch((string)pattern!, text))
                {
                    return $"{path} does not match {(string)pattern!}";
                }

                return shape["enum"] is JsonArray values && !values.Any(v => (string)v! == text) ? $"{path} is not one of the enum values" : null;
            case "integer" or "long":
                var number = value.GetValue<long>();
                return shape["min"] is { } min && number < (long)min ? $"{path} {number} < min {min}"
                    : shape["max"] is { } max && number > (long)max ? $"{path} {number} > max {max}"
                    : null;
            case "boolean":
                return null;
            case "list":
                var items = value.AsArray();
                return Length(shape, items.Count, path, "entries")
                    ?? items.Select((item, i) => CheckValue(model, model.MemberShape(shape["member"]!.AsObject()), item!, $"{path}[{i}]")).FirstOrDefault(e => e is not null);
            case "map":
                var entries = value.AsObject();
                return Length(shape, entries.Count, path, "entries")
                    ?? entries.Select(e =>
                        CheckValue(model, model.MemberShape(shape["key"]!.AsObject()), JsonValue.Create(e.Key), $"{path}{{key}}")
                        ?? CheckValue(model, model.MemberShape(shape["value"]!.AsObject()), e.Value!, $"{path}{{value}}")).FirstOrDefault(e => e is not null);
            case "structure":
                return Check(model, shape, value.AsObject(), path);
            default:
                throw new NotSupportedException($"{path}: shape type {shape["type"]} is not judged.");
        }
    }

    private static string? Length(JsonObject shape, int length, string path, string unit) =>
        shape["min"] is { } min && length < (int)min ? $"{path} has {length.ToString(CultureInfo.InvariantCulture)} {unit} < min {min}"
        : shape["max"] is { } max && length > (long)max ? $"{path} has {length.ToString(CultureInfo.InvariantCulture)} {unit} > max {max}"
        : null;
}
