using System.Text.Json.Nodes;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// botocore's own serializer as judge: for every input of <see cref="RequestCases"/>, the request our client sends
/// equals the one botocore prepares for the same input and endpoint — method, raw path, query (order aside),
/// Content-Type, X-Amz-Target, host, and the JSON body compared as JSON. One python process serializes all cases.
/// </summary>
public sealed class RequestBytesTests
{
    [Fact]
    public async Task RequestCases_OurRequest_EqualsBotocoresRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new LoopbackServer();
        var ours = await RequestCases.SendThroughOurClientAsync(server, sessionToken: null, ct);
        var cases = new JsonArray([.. RequestCases.All.Select(c => new JsonObject
        {
            ["service"] = c.Service, ["operation"] = c.Operation, ["params"] = c.Input, ["endpoint"] = server.Url.ToString().TrimEnd('/'),
        })]);
        var answer = await Botocore.AskAsync("serialize", cases, ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"botocore {answer.BotocoreVersion}");

        var observed = new List<Observed>();
        for (var i = 0; i < RequestCases.All.Count; i++)
        {
            var (id, theirs, mine) = (RequestCases.All[i].Id, answer.Results[i], ours[i]);
            var refused = (string?)theirs["error"];
            if (refused is not null || mine is null)
            {
                if (refused is null || mine is not null)
                {
                    observed.Add(mine is null
                        ? new($"{id}:ours-refuses", "our client refused an input botocore sends")
                        : new($"{id}:botocore-refuses", $"botocore refused it ({refused}); ours sent it"));
                }

                continue;
            }

            foreach (var (aspect, expected, actual) in Compare(theirs, mine))
            {
                if (expected != actual)
                {
                    observed.Add(new($"{id}:{aspect}", $"botocore: {expected}; ours: {actual}"));
                }
            }
        }

        Differences.AssertAllExplained("request-bytes", RequestCases.All.Count, observed);
    }

    private static IEnumerable<(string Aspect, string Expected, string Actual)> Compare(JsonObject theirs, CapturedRequest mine)
    {
        var url = new Uri((string)theirs["url"]!);
        var headers = theirs["headers"]!.AsObject();
        var body = Convert.FromBase64String((string)theirs["body"]!);
        yield return ("method", (string)theirs["method"]!, mine.Method);
        var (path, query) = RawTarget((string)theirs["url"]!);
        yield return ("path", path, mine.Path);
        yield return ("query", Sorted(query), Sorted(mine.Query));
        yield return ("host", url.Authority, mine.Header("Host") ?? "(absent)");
        foreach (var header in new[] { "content-type", "x-amz-target" })
        {
            yield return ($"header:{header}", (string?)headers[header] ?? "(absent)", mine.Header(header) ?? "(absent)");
        }

        var (theirBody, myBody) = (Json(body), Json(mine.Body));
        yield return ("body", theirBody?.ToJsonString() ?? "(empty)",
            myBody is null ? "(empty)" : JsonNode.DeepEquals(theirBody, myBody) ? theirBody!.ToJsonString() : myBody.ToJsonString());
    }

    /// <summary>The path and query exactly as botocore encoded them (System.Uri would unescape some characters).</summary>
    private static (string Path, string Query) RawTarget(string url)
    {
        var afterScheme = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var slash = afterScheme.IndexOf('/', StringComparison.Ordinal);
        var target = slash < 0 ? "/" : afterScheme[slash..];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (target, "") : (target[..question], target[(question + 1)..]);
    }

    private static string Sorted(string query) => string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private static JsonNode? Json(byte[] body) => body.Length == 0 ? null : JsonNode.Parse(body);
}
