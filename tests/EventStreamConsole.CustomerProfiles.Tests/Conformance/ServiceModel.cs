using System.Text.Json.Nodes;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>A read-only view of one botocore service-2.json (and its paginators-1.json).</summary>
public sealed class ServiceModel(string name, JsonObject model, JsonObject paginators)
{
    /// <summary>botocore's service name, e.g. customer-profiles.</summary>
    public string Name { get; } = name;

    public JsonObject Metadata => model["metadata"]!.AsObject();

    /// <summary>rest-json or json.</summary>
    public string Protocol => (string)Metadata["protocol"]!;

    public string ServiceId => (string)Metadata["serviceId"]!;

    /// <summary>The name of the base exception of the service's client, e.g. AmazonCustomerProfilesException.</summary>
    public string BaseExceptionName => "Amazon" + ServiceId.Replace(" ", "", StringComparison.Ordinal) + "Exception";

    public JsonObject Operation(string operation) =>
        model["operations"]![operation]?.AsObject() ?? throw new KeyNotFoundException($"{Name} has no operation {operation}.");

    public JsonObject Shape(string shape) =>
        model["shapes"]![shape]?.AsObject() ?? throw new KeyNotFoundException($"{Name} has no shape {shape}.");

    public string InputShapeName(string operation) => (string)Operation(operation)["input"]!["shape"]!;

    public JsonObject InputShape(string operation) => Shape(InputShapeName(operation));

    public string? OutputShapeName(string operation) => (string?)Operation(operation)["output"]?["shape"];

    public IReadOnlyList<string> Errors(string operation) =>
        Operation(operation)["errors"]?.AsArray().Select(e => (string)e!["shape"]!).ToList() ?? [];

    public JsonObject? Paginator(string operation) => paginators["pagination"]![operation]?.AsObject();

    public static IEnumerable<(string Name, JsonObject Member)> Members(JsonObject structure) =>
        structure["members"]!.AsObject().Select(m => (m.Key, m.Value!.AsObject()));

    public static IReadOnlyList<string> Required(JsonObject structure) =>
        structure["required"]?.AsArray().Select(r => (string)r!).ToList() ?? [];

    public JsonObject MemberShape(JsonObject member) => Shape((string)member["shape"]!);
}
