using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// The model's outputs as judge: every enum value the model lists for an output member our response types expose is
/// read as that value (not as "unknown"); and each paginator the model declares for an operation we page walks the
/// pages as the model says (input token from the output token, limit kept, stops when the model says there is no more).
/// </summary>
public sealed class ModelOutputTests
{
    [Fact]
    public async Task OutputEnums_EveryModelValue_ReadAsThatValue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new LoopbackServer();
        using var client = new ClientUnderTest(server.Url);
        var observed = new List<Observed>();
        var (cases, unexposed) = (0, new List<string>());
        foreach (var (service, operation, _) in FullInputs.All)
        {
            var model = Botocore.Model(service);
            if (model.OutputShapeName(operation) is not { } output)
            {
                continue;
            }

            foreach (var (path, values) in EnumPaths(model, model.Shape(output), [], 0))
            {
                foreach (var value in values)
                {
                    server.Responder = _ => CannedResponse.Json(200, Nest(path, value).ToJsonString(), model.Protocol == "json" ? "application/x-amz-json-1.1" : "application/json");
                    var response = await client.InvokeAsync(service, operation, FullInputs.Of(service, operation), ct);
                    var read = Read(response, path);
                    if (read is Missing)
                    {
                        unexposed.Add($"{service}:{operation}{Dotted(path)}");
                        break;
                    }

                    cases++;
                    if (Normalize(read?.ToString()) != Normalize(value))
                    {
                        observed.Add(new($"{service}:{operation}{Dotted(path)}={value}", $"read as '{read}'"));
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Output enum members our response types do not expose (ignored by design): {string.Join(", ", unexposed.Distinct())}");
        Differences.AssertAllExplained("output-enums", cases, observed);
    }

    [Fact]
    public async Task Paginators_OurPagedOperations_FollowTheModel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new LoopbackServer();
        using var client = new ClientUnderTest(server.Url);
        var observed = new List<Observed>();
        foreach (var (service, operation) in ClientUnderTest.Paginated)
        {
            var model = Botocore.Model(service);
            if (model.Paginator(operation) is not { } paginator)
            {
                observed.Add(new($"{service}:{operation}", "our client pages an operation the model declares no paginator for"));
                continue;
            }

            var inputToken = (string)paginator["input_token"]!;
            var input = FullInputs.Of(service, operation);
            input.Remove(inputToken);
            server.Clear();
            server.Responder = r => CannedResponse.Json(200, Page(model, operation, paginator, first: server.Requests.Count == 1).ToJsonString(),
                model.Protocol == "json" ? "application/x-amz-json-1.1" : "application/json");
            var items = await client.PaginateAsync(service, operation, input, ct);
            var requests = server.Requests;
            var tokens = requests.Select(r => WireValue(model, operation, inputToken, r)).ToList();
            var limitKey = (string)paginator["limit_key"]!;
            var limits = requests.Select(r => WireValue(model, operation, limitKey, r)).ToList();
            var problem = requests.Count != 2 ? $"{requests.Count} requests for two pages"
                : tokens[0] is not null || tokens[1] != PageToken ? $"{inputToken} sent as [{tokens[0]}, {tokens[1]}], expected [none, {PageToken}]"
                : limits.Any(l => l != input[limitKey]!.ToString()) ? $"{limitKey} sent as [{string.Join(", ", limits)}], expected {input[limitKey]} on each page"
                : items.Count != 2 ? $"{items.Count} items from two pages of one item each"
                : null;
            if (problem is not null)
            {
                observed.Add(new($"{service}:{operation}", problem));
            }
        }

        Differences.AssertAllExplained("paginators", ClientUnderTest.Paginated.Count, observed);
    }

    private const string PageToken = "page-2/+=";

    private sealed class Missing;

    private static JsonObject Page(ServiceModel model, string operation, JsonObject paginator, bool first)
    {
        var page = new JsonObject();
        var output = model.Shape(model.OutputShapeName(operation)!);
        var resultKeys = paginator["result_key"] is JsonArray keys ? keys.Select(k => (string)k!) : [(string)paginator["result_key"]!];
        foreach (var key in resultKeys)
        {
            var member = model.Shape((string)output["members"]![key]!["shape"]!)["member"]!.AsObject();
            page[key] = new JsonArray((string)model.MemberShape(member)["type"]! == "structure" ? new JsonObject() : JsonValue.Create("item"));
        }

        if (first)
        {
            page[(string)paginator["output_token"]!] = PageToken;
        }

        if (paginator["more_results"] is { } more)
        {
            page[(string)more!] = first;
        }

        return page;
    }

    /// <summary>The value of input member <paramref name="member"/> as the request carried it (query or JSON body).</summary>
    private static string? WireValue(ServiceModel model, string operation, string member, CapturedRequest request)
    {
        var binding = model.InputShape(operation)["members"]![member]!;
        if ((string?)binding["location"] == "querystring")
        {
            var prefix = Uri.EscapeDataString((string)binding["locationName"]!) + "=";
            return request.QueryPairs.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => Uri.UnescapeDataString(p[prefix.Length..])).SingleOrDefault();
        }

        return request.Body.Length == 0 ? null : JsonNode.Parse(request.Body)![member]?.ToString();
    }

    private static IEnumerable<(List<string> Path, List<string> Values)> EnumPaths(ServiceModel model, JsonObject shape, List<string> path, int depth)
    {
        if (depth > 6)
        {
            yield break;
        }

        switch ((string)shape["type"]!)
        {
            case "string" when shape["enum"] is JsonArray values:
                yield return (path, values.Select(v => (string)v!).ToList());
                break;
            case "structure":
                foreach (var (name, member) in ServiceModel.Members(shape))
                {
                    foreach (var found in EnumPaths(model, model.MemberShape(member), [.. path, name], depth + 1))
                    {
                        yield return found;
                    }
                }

                break;
            case "list":
                foreach (var found in EnumPaths(model, model.MemberShape(shape["member"]!.AsObject()), [.. path, "[]"], depth + 1))
                {
                    yield return found;
                }

                break;
        }
    }

    private static JsonNode Nest(IReadOnlyList<string> path, string value, int at = 0) =>
        at == path.Count ? JsonValue.Create(value)
        : path[at] == "[]" ? new JsonArray(Nest(path, value, at + 1))
        : new JsonObject { [path[at]] = Nest(path, value, at + 1) };

    /// <summary>Follows a model member path through our response objects by property name (case-insensitive).</summary>
    private static object? Read(object? value, IReadOnlyList<string> path)
    {
        foreach (var step in path)
        {
            if (value is null)
            {
                return null;
            }

            if (step == "[]")
            {
                value = ((IEnumerable)value).Cast<object?>().FirstOrDefault();
                continue;
            }

            var property = value.GetType().GetProperty(step, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return new Missing();
            }

            value = property.GetValue(value);
        }

        return value;
    }

    private static string Dotted(IEnumerable<string> path) => string.Concat(path.Select(p => p == "[]" ? p : "." + p));

    private static string Normalize(string? value) => (value ?? "").Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
}
