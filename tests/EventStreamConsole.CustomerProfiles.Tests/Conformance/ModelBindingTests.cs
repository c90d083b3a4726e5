using System.Globalization;
using System.Text.Json.Nodes;
using Amazon.CustomerProfiles;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// The model's HTTP binding as judge: for each operation's full input, the request our client sends has the model's
/// method and URI template, and every member is where the model puts it (path label, query, header or JSON body)
/// under its wire name, with nothing else added.
/// </summary>
public sealed class ModelBindingTests
{
    [Fact]
    public void FullInputs_EveryClientOperation_IsCovered()
    {
        var assembly = typeof(IAmazonCustomerProfiles).Assembly;
        var operations = new[] { ("customer-profiles", "IAmazonCustomerProfiles"), ("kinesis", "IAmazonKinesis") }
            .SelectMany(s => assembly.GetTypes().Single(t => t.IsInterface && t.Name == s.Item2).GetMethods()
                .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
                .Select(m => (s.Item1, m.Name[..^"Async".Length])))
            .Order().ToList();

        Assert.Equal(operations, FullInputs.All.Select(i => (i.Service, i.Operation)).Order().ToList());
    }

    [Fact]
    public void FullInputs_EveryModelMember_SetOrAllowListed()
    {
        var observed = new List<Observed>();
        var cases = 0;
        foreach (var (service, operation, _) in FullInputs.All)
        {
            var model = Botocore.Model(service);
            var full = FullInputs.Of(service, operation);
            Assert.Null(ModelJudge.Check(model, model.InputShape(operation), full, operation));
            foreach (var (name, _) in ServiceModel.Members(model.InputShape(operation)))
            {
                cases++;
                if (full[name] is null)
                {
                    observed.Add(new($"{service}:{operation}.{name}", "the model has this input member; our client does not set it"));
                }
            }
        }

        Differences.AssertAllExplained("members", cases, observed);
    }

    [Fact]
    public async Task FullInput_EachOperation_SentAsTheModelBindsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new LoopbackServer();
        using var client = new ClientUnderTest(server.Url);
        var observed = new List<Observed>();
        foreach (var (service, operation, _) in FullInputs.All)
        {
            server.Clear();
            var input = FullInputs.Of(service, operation);
            await client.InvokeAsync(service, operation, input, ct);
            var sent = Assert.Single(server.Requests);
            foreach (var (aspect, expected, actual) in Compare(Botocore.Model(service), operation, input, sent))
            {
                if (expected != actual)
                {
                    observed.Add(new($"{service}:{operation}:{aspect}", $"model: {expected}; ours: {actual}"));
                }
            }
        }

        Differences.AssertAllExplained("binding", FullInputs.All.Count, observed);
    }

    private static IEnumerable<(string Aspect, string Expected, string Actual)> Compare(ServiceModel model, string operation, JsonObject input, CapturedRequest sent)
    {
        var http = model.Operation(operation)["http"]!;
        yield return ("method", (string)http["method"]!, sent.Method);
        var path = (string)http["requestUri"]!;
        var query = new List<string>();
        var body = new JsonObject();
        var headers = new List<(string Name, string Value)>();
        foreach (var (name, member) in ServiceModel.Members(model.InputShape(operation)))
        {
            if (input[name] is not { } value)
            {
                continue;
            }

            var wireName = (string?)member["locationName"] ?? name;
            switch ((string?)member["location"])
            {
                case "uri":
                    path = path.Replace("{" + wireName + "}", Uri.EscapeDataString(Text(value)), StringComparison.Ordinal);
                    break;
                case "querystring":
                    query.AddRange((value as JsonArray ?? [value.DeepClone()]).Select(v => $"{Uri.EscapeDataString(wireName)}={Uri.EscapeDataString(Text(v!))}"));
                    break;
                case "header":
                    headers.Add((wireName, Text(value)));
                    break;
                default:
                    body[wireName] = value.DeepClone();
                    break;
            }
        }

        yield return ("path", path, sent.Path);
        yield return ("query", string.Join("&", query.Order(StringComparer.Ordinal)), string.Join("&", sent.QueryPairs.Order(StringComparer.Ordinal)));
        foreach (var (name, value) in headers)
        {
            yield return ($"header:{name}", value, sent.Header(name) ?? "(absent)");
        }

        var hasBody = body.Count > 0 || model.Protocol == "json";
        yield return ("body", hasBody ? body.ToJsonString() : "(empty)",
            sent.Body.Length == 0 ? "(empty)" : JsonNode.DeepEquals(JsonNode.Parse(sent.Body), body) ? body.ToJsonString() : sent.BodyText);
        var contentType = model.Protocol == "json" ? $"application/x-amz-json-{model.Metadata["jsonVersion"]}" : "application/json";
        yield return ("header:Content-Type", hasBody ? contentType : "(absent)", sent.Header("Content-Type") ?? "(absent)");
        if (model.Protocol == "json")
        {
            yield return ("header:X-Amz-Target", $"{model.Metadata["targetPrefix"]}.{operation}", sent.Header("X-Amz-Target") ?? "(absent)");
        }
    }

    private static string Text(JsonNode value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => (string)value!,
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => (bool)value ? "true" : "false",
        _ => ((long)value).ToString(CultureInfo.InvariantCulture),
    };
}
