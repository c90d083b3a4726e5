using System.Globalization;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using static Amazon.Runtime.Internal.Endpoints.StandardLibrary.Fn;

namespace EventStreamConsole.CustomerProfiles.Sdk;

/// <summary>
/// Evaluates a service's official endpoint rule set (endpoint-rule-set-1.json, shipped as a resource) with the core's
/// standard library (partitions, ARN parsing, host labels, template interpolation). The SDK generates the same rules as
/// nested ifs; evaluating the document keeps every branch of AWS's rules without retyping them.
/// </summary>
internal sealed class EndpointRuleSet
{
    private readonly JsonElement _parameters;
    private readonly JsonElement _rules;

    private EndpointRuleSet(JsonDocument document)
    {
        _parameters = document.RootElement.GetProperty("parameters");
        _rules = document.RootElement.GetProperty("rules");
    }

    public static EndpointRuleSet Load(string resourceSuffix)
    {
        var assembly = typeof(EndpointRuleSet).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(resourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return new EndpointRuleSet(JsonDocument.Parse(stream));
    }

    public Endpoint Resolve(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var refs = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var parameter in _parameters.EnumerateObject())
        {
            var value = parameters[parameter.Name];
            if (value is null && parameter.Value.TryGetProperty("default", out var fallback))
            {
                value = Literal(fallback);
            }

            if (value is null && parameter.Value.TryGetProperty("required", out var required) && required.GetBoolean())
            {
                throw new AmazonClientException($"{parameter.Name} parameter must be set for endpoint resolution");
            }

            if (value is not null)
            {
                refs[parameter.Name] = value;
            }
        }

        return Evaluate(_rules, refs) ?? throw new AmazonClientException("No endpoint rule matched the configuration.");
    }

    private static Endpoint? Evaluate(JsonElement rules, Dictionary<string, object> refs)
    {
        foreach (var rule in rules.EnumerateArray())
        {
            // Assignments made by a rule's conditions are visible to that rule only, so only such a rule gets a copy.
            var conditions = rule.GetProperty("conditions");
            var scope = conditions.EnumerateArray().Any(c => c.TryGetProperty("assign", out _))
                ? new Dictionary<string, object>(refs, StringComparer.Ordinal)
                : refs;
            if (!conditions.EnumerateArray().All(condition => Holds(condition, scope)))
            {
                continue;
            }

            switch (rule.GetProperty("type").GetString())
            {
                case "endpoint":
                    var endpoint = rule.GetProperty("endpoint");
                    return new Endpoint(
                        (string)Value(endpoint.GetProperty("url"), scope)!,
                        Json(endpoint, "properties", scope),
                        Json(endpoint, "headers", scope));
                case "error":
                    throw new AmazonClientException((string)Value(rule.GetProperty("error"), scope)!);
                case "tree":
                    var result = Evaluate(rule.GetProperty("rules"), scope);
                    if (result is not null)
                    {
                        return result;
                    }

                    break;
            }
        }

        return null;
    }

    private static bool Holds(JsonElement condition, Dictionary<string, object> scope)
    {
        var value = Call(condition, scope);
        if (condition.TryGetProperty("assign", out var assign) && value is not null)
        {
            scope[assign.GetString()!] = value;
        }

        return value is bool b ? b : value is not null;
    }

    private static object? Call(JsonElement call, Dictionary<string, object> scope)
    {
        var args = call.GetProperty("argv").EnumerateArray().Select(a => Value(a, scope)).ToArray();
        var fn = call.GetProperty("fn").GetString();
        if (fn == "isSet")
        {
            return args[0] is not null;
        }

        // Every other function of the standard library yields nothing for a missing argument.
        if (args.Any(a => a is null))
        {
            return null;
        }

        return fn switch
        {
            "not" => !(bool)args[0]!,
            "booleanEquals" => Equals(args[0], args[1]),
            "stringEquals" => string.Equals((string)args[0]!, (string)args[1]!, StringComparison.Ordinal),
            "getAttr" => GetAttr(args[0]!, (string)args[1]!),
            "aws.partition" => Partition((string)args[0]!),
            "aws.parseArn" => ParseArn((string)args[0]!),
            "isValidHostLabel" => IsValidHostLabel((string)args[0]!, (bool)args[1]!),
            "aws.isVirtualHostableS3Bucket" => IsVirtualHostableS3Bucket((string)args[0]!, (bool)args[1]!),
            "substring" => Substring((string)args[0]!, Convert.ToInt32(args[1], CultureInfo.InvariantCulture),
                Convert.ToInt32(args[2], CultureInfo.InvariantCulture), (bool)args[3]!),
            "uriEncode" => UriEncode((string)args[0]!),
            "parseURL" => ParseURL((string)args[0]!),
            _ => throw new AmazonClientException($"The endpoint rule set uses '{fn}', which this client does not implement."),
        };
    }

    private static object? Value(JsonElement element, Dictionary<string, object> scope) => element.ValueKind switch
    {
        JsonValueKind.String => Interpolate(element.GetString()!, scope),
        JsonValueKind.Object when element.TryGetProperty("ref", out var name) => scope.GetValueOrDefault(name.GetString()!),
        JsonValueKind.Object when element.TryGetProperty("fn", out _) => Call(element, scope),
        _ => Literal(element),
    };

    private static object? Literal(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetInt32(),
        JsonValueKind.String => element.GetString(),
        _ => null,
    };

    private static string Json(JsonElement endpoint, string member, Dictionary<string, object> scope) =>
        endpoint.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any()
            ? InterpolateJson(value.GetRawText(), scope)
            : "";
}
