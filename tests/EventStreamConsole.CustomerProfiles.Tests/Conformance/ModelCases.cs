using System.Text;
using System.Text.Json.Nodes;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>One input derived from an operation's full input, named service:Operation.member.path:case.</summary>
public sealed record ModelCase(string Id, string Service, string Operation, JsonObject Input);

/// <summary>
/// Boundary inputs generated from the model's constraints, each a copy of the operation's full input with one value
/// changed: every required member left out; string lengths at min-1, min, max and max+1 code points (also in emoji,
/// two UTF-16 units each); for a pattern, the value with a trailing newline, surrounding and inner spaces, a
/// non-ASCII digit, letter and emoji; integers at min-1, min, max, max+1; list and map sizes likewise; every enum value.
/// </summary>
public static class ModelCases
{
    private const string Emoji = "\U0001F600";

    public static IEnumerable<ModelCase> For(string service, string operation)
    {
        var model = Botocore.Model(service);
        var full = FullInputs.Of(service, operation);
        yield return new($"{service}:{operation}:full", service, operation, full);
        foreach (var (path, name, value) in Variants(model, model.InputShape(operation), full))
        {
            yield return new($"{service}:{operation}{path}:{name}", service, operation, value!.AsObject());
        }
    }

    public static IEnumerable<ModelCase> All() => FullInputs.All.SelectMany(i => For(i.Service, i.Operation)).Concat(Curated());

    /// <summary>
    /// Hand-picked values the generated cases cannot reach, each a patch of the operation's full input: ARNs of the
    /// partitions with a hyphen in their name, a service field that only starts with the model's prefix, reserved and
    /// range-character tag keys.
    /// </summary>
    public static IEnumerable<ModelCase> Curated()
    {
        (string Service, string Operation, string Case, string Patch)[] patches =
        [
            .. new[] { "TagResource", "UntagResource", "ListTagsForResource" }.SelectMany(op => new[]
            {
                ("customer-profiles", op, ".resourceArn:partition=aws-us-gov", """{"resourceArn":"arn:aws-us-gov:profile:us-gov-west-1:123456789012:domains/retail"}"""),
                ("customer-profiles", op, ".resourceArn:partition=aws-iso-b", """{"resourceArn":"arn:aws-iso-b:profile:us-isob-east-1:123456789012:domains/retail"}"""),
                ("customer-profiles", op, ".resourceArn:service=profiles", """{"resourceArn":"arn:aws:profiles:us-east-1:123456789012:domains/retail"}"""),
            }),
            ("customer-profiles", "CreateEventStream", ".Tags{key}:reserved-aws-prefix", """{"Tags":{"aws:team":"data"}}"""),
            ("customer-profiles", "CreateEventStream", ".Tags{key}:range-characters", """{"Tags":{"a0,-./:;<=+_":"data"}}"""),
            ("customer-profiles", "CreateEventStream", ".Uri:partition=aws-cn", """{"Uri":"arn:aws-cn:kinesis:cn-north-1:123456789012:stream/orders"}"""),
            ("customer-profiles", "UntagResource", ".tagKeys[]:reserved-aws-prefix", """{"tagKeys":["aws:team"]}"""),
            ("kinesis", "DescribeStreamSummary", ".StreamARN:partition=aws-cn", """{"StreamARN":"arn:aws-cn:kinesis:cn-north-1:123456789012:stream/orders"}"""),
            ("kinesis", "DeleteStream", ".StreamARN:empty-stream-name", """{"StreamARN":"arn:aws:kinesis:us-east-1:123456789012:stream/"}"""),
        ];
        foreach (var (service, operation, name, patch) in patches)
        {
            var input = FullInputs.Of(service, operation);
            foreach (var (member, value) in JsonNode.Parse(patch)!.AsObject())
            {
                input[member] = value?.DeepClone();
            }

            yield return new($"{service}:{operation}{name}", service, operation, input);
        }
    }

    private static IEnumerable<(string Path, string Case, JsonNode? Value)> Variants(ServiceModel model, JsonObject shape, JsonNode sample) =>
        (string)shape["type"]! switch
        {
            "string" => StringVariants(shape, (string)sample!).Select(v => ("", v.Case, (JsonNode?)JsonValue.Create(v.Value))),
            "integer" or "long" => Bounds(shape, "value").Select(b => ("", b.Case, (JsonNode?)JsonValue.Create(b.Value))),
            "list" => ListVariants(model, shape, sample.AsArray()),
            "map" => MapVariants(model, shape, sample.AsObject()),
            "structure" => StructureVariants(model, shape, sample.AsObject()),
            _ => [],
        };

    private static IEnumerable<(string Path, string Case, JsonNode? Value)> StructureVariants(ServiceModel model, JsonObject shape, JsonObject sample)
    {
        foreach (var required in ServiceModel.Required(shape))
        {
            var without = sample.DeepClone().AsObject();
            without.Remove(required);
            yield return ($".{required}", "required", without);
        }

        foreach (var (name, member) in ServiceModel.Members(shape))
        {
            if (sample[name] is not { } value)
            {
                continue;
            }

            foreach (var (path, kind, changed) in Variants(model, model.MemberShape(member), value))
            {
                var copy = sample.DeepClone().AsObject();
                copy[name] = changed?.DeepClone();
                yield return ($".{name}{path}", kind, copy);
            }
        }
    }

    private static IEnumerable<(string Path, string Case, JsonNode? Value)> ListVariants(ServiceModel model, JsonObject shape, JsonArray sample)
    {
        var first = sample[0]!;
        foreach (var (kind, count) in Bounds(shape, "count"))
        {
            yield return ("", kind, new JsonArray([.. Enumerable.Range(0, (int)count).Select(i => Numbered(first, i))]));
        }

        foreach (var (path, kind, changed) in Variants(model, model.MemberShape(shape["member"]!.AsObject()), first))
        {
            var copy = sample.DeepClone().AsArray();
            copy[0] = changed?.DeepClone();
            yield return ($"[]{path}", kind, copy);
        }
    }

    private static IEnumerable<(string Path, string Case, JsonNode? Value)> MapVariants(ServiceModel model, JsonObject shape, JsonObject sample)
    {
        var (firstKey, firstValue) = (sample.First().Key, sample.First().Value!);
        foreach (var (kind, count) in Bounds(shape, "count"))
        {
            var map = new JsonObject();
            for (var i = 0; i < count; i++)
            {
                map[(string)Numbered(firstKey, i)!] = firstValue.DeepClone();
            }

            yield return ("", kind, map);
        }

        foreach (var (path, kind, changed) in Variants(model, model.MemberShape(shape["key"]!.AsObject()), firstKey))
        {
            var copy = new JsonObject { [(string)changed!] = firstValue.DeepClone() };
            foreach (var (key, value) in sample.Skip(1))
            {
                copy[key] = value?.DeepClone();
            }

            yield return ($"{{key}}{path}", kind, copy);
        }

        foreach (var (path, kind, changed) in Variants(model, model.MemberShape(shape["value"]!.AsObject()), firstValue))
        {
            var copy = sample.DeepClone().AsObject();
            copy[firstKey] = changed?.DeepClone();
            yield return ($"{{value}}{path}", kind, copy);
        }
    }

    private static IEnumerable<(string Case, string Value)> StringVariants(JsonObject shape, string sample)
    {
        if (shape["enum"] is JsonArray values)
        {
            foreach (var value in values)
            {
                yield return ($"enum={value}", (string)value!);
            }

            yield break;
        }

        var pattern = (string?)shape["pattern"];
        var filler = pattern is null ? "a" : new[] { "a", "0", "_", "-", "." }.FirstOrDefault(c => EcmaPattern.IsMatch(pattern, sample + c)) ?? "a";
        foreach (var (kind, length) in Bounds(shape, "len"))
        {
            yield return (kind, Fit(sample, (int)length, filler));
        }

        // Emoji at the length limit, where UTF-16 units and code points differ; not for megabyte-sized opaque tokens.
        if (shape["max"] is { } max && (int)max <= 65536)
        {
            var emojiFrom = pattern is null ? "" : sample;
            yield return ("len=max:emoji", Fit(emojiFrom, (int)max, Emoji));
            yield return ("len=max+1:emoji", Fit(emojiFrom, (int)max + 1, Emoji));
        }

        if (pattern is null)
        {
            yield break;
        }

        var middle = sample.Length / 2;
        yield return ("pattern:trailing-newline", sample + "\n");
        yield return ("pattern:leading-space", " " + sample);
        yield return ("pattern:trailing-space", sample + " ");
        yield return ("pattern:inner-space", sample[..middle] + " " + sample[middle..]);
        var digit = sample.AsSpan().LastIndexOfAnyInRange('0', '9');
        yield return ("pattern:arabic-indic-digit", digit < 0 ? sample + "\u0663" : sample[..digit] + "\u0663" + sample[(digit + 1)..]);
        yield return ("pattern:non-ascii-letter", sample + "\u00e9");
        yield return ("pattern:emoji", sample + Emoji);
    }

    /// <summary>min-1 (when min is above zero), min, max and max+1 of a shape's min/max.</summary>
    private static IEnumerable<(string Case, long Value)> Bounds(JsonObject shape, string what)
    {
        if (shape["min"] is { } minNode)
        {
            var min = (long)minNode;
            if (min > 0 || what == "value")
            {
                yield return ($"{what}=min-1", min - 1);
            }

            yield return ($"{what}=min", min);
        }

        if (shape["max"] is { } maxNode)
        {
            yield return ($"{what}=max", (long)maxNode);
            yield return ($"{what}=max+1", (long)maxNode + 1);
        }
    }

    /// <summary>The first <paramref name="length"/> code points of <paramref name="sample"/>, or it padded with <paramref name="filler"/>.</summary>
    private static string Fit(string sample, int length, string filler)
    {
        var runes = sample.EnumerateRunes().ToList();
        if (length <= runes.Count)
        {
            return string.Concat(runes.Take(length).Select(r => r.ToString()));
        }

        var builder = new StringBuilder(sample, sample.Length + ((length - runes.Count) * filler.Length));
        for (var i = runes.Count; i < length; i++)
        {
            builder.Append(filler);
        }

        return builder.ToString();
    }

    /// <summary>The i-th distinct variant of a sample list entry or map key: the sample, then sample + letters.</summary>
    private static JsonValue Numbered(JsonNode sample, int i) => JsonValue.Create(i == 0 ? (string)sample! : (string)sample! + Letters(i))!;

    /// <summary>1 → a, 26 → z, 27 → aa: a distinct letters-only suffix for every i.</summary>
    private static string Letters(int i)
    {
        var letters = new StringBuilder();
        for (; i > 0; i /= 26)
        {
            i--;
            letters.Insert(0, (char)('a' + (i % 26)));
        }

        return letters.ToString();
    }
}
