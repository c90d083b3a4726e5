using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// botocore's SigV4Auth as judge: every request our client sent for <see cref="RequestCases"/> (unicode payloads,
/// ARNs percent-encoded in the path, repeated query keys), with and without a session token, carries the
/// Authorization header botocore computes for that same request at its X-Amz-Date, the same X-Amz-Security-Token,
/// an X-Amz-Content-Sha256 (when sent) that is the payload's hash, and signs every header that matters.
/// One python process signs all cases.
/// </summary>
public sealed partial class SigV4ConformanceTests
{
    private const string SessionToken = "IQoJb3JpZ2luX2VjEXAMPLE/session+token==";

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=[^,]+, SignedHeaders=(?<headers>[^,]+), Signature=[0-9a-f]{64}$")]
    private static partial Regex AuthorizationPattern();

    [Fact]
    public async Task RequestCases_OurSignature_EqualsBotocoresSigV4()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new LoopbackServer();
        var sent = new List<(string Id, string Service, string? Token, CapturedRequest Request)>();
        foreach (var token in new[] { null, SessionToken })
        {
            var captured = await RequestCases.SendThroughOurClientAsync(server, token, ct);
            sent.AddRange(RequestCases.All.Zip(captured).Where(p => p.Second is not null)
                .Select(p => ($"{p.First.Id}:{(token is null ? "keys" : "session")}", p.First.Service, token, p.Second!)));
        }

        var observed = new List<Observed>();
        var cases = new JsonArray();
        foreach (var (id, service, token, request) in sent)
        {
            var signed = SignedHeaders(request);
            foreach (var problem in HeaderProblems(request, signed, token))
            {
                observed.Add(new($"{id}:{problem.Aspect}", problem.Detail));
            }

            cases.Add(new JsonObject
            {
                ["method"] = request.Method,
                ["url"] = $"http://{request.Header("Host")}{request.Target}",
                ["headers"] = new JsonObject([.. request.Headers
                    .Where(h => signed.Contains(h.Key.ToLowerInvariant()) && h.Key.ToLowerInvariant() is not ("x-amz-date" or "x-amz-security-token"))
                    .Select(h => new KeyValuePair<string, JsonNode?>(h.Key, h.Value))]),
                ["body"] = Convert.ToBase64String(request.Body),
                ["amzDate"] = request.Header("X-Amz-Date"),
                ["accessKey"] = ClientUnderTest.AccessKey,
                ["secretKey"] = ClientUnderTest.SecretKey,
                ["token"] = token,
                ["region"] = ClientUnderTest.Region,
                ["service"] = service == "customer-profiles" ? "profile" : service,
            });
        }

        var answer = await Botocore.AskAsync("sign", cases, ct);
        for (var i = 0; i < sent.Count; i++)
        {
            var (id, _, token, request) = sent[i];
            var theirs = answer.Results[i];
            if ((string)theirs["authorization"]! != request.Header("Authorization"))
            {
                observed.Add(new($"{id}:authorization", $"botocore: {theirs["authorization"]}; ours: {request.Header("Authorization")}"));
            }

            if ((string?)theirs["securityToken"] != request.Header("X-Amz-Security-Token"))
            {
                observed.Add(new($"{id}:security-token", $"botocore: {theirs["securityToken"]}; ours: {request.Header("X-Amz-Security-Token")}"));
            }
        }

        Differences.AssertAllExplained("sigv4", sent.Count, observed);
    }

    private static HashSet<string> SignedHeaders(CapturedRequest request)
    {
        var match = AuthorizationPattern().Match(request.Header("Authorization") ?? "");
        return match.Success ? [.. match.Groups["headers"].Value.Split(';')] : [];
    }

    /// <summary>What a server would refuse or a signature would not protect, whatever the signature's value.</summary>
    private static IEnumerable<(string Aspect, string Detail)> HeaderProblems(CapturedRequest request, HashSet<string> signed, string? token)
    {
        if (signed.Count == 0)
        {
            yield return ("authorization-shape", $"Authorization is not a SigV4 header: {request.Header("Authorization")}");
            yield break;
        }

        var mustSign = request.Headers.Select(h => h.Key.ToLowerInvariant())
            .Where(n => n is "host" or "content-type" || n.StartsWith("x-amz-", StringComparison.Ordinal))
            .Append("host").Append("x-amz-date").Distinct();
        foreach (var name in mustSign.Where(n => !signed.Contains(n)))
        {
            yield return ($"unsigned:{name}", $"{name} is sent but not signed (SignedHeaders={string.Join(";", signed)})");
        }

        if (request.Body.Length > 0 && !signed.Contains("content-type"))
        {
            yield return ("unsigned:content-type", "a request with a body must sign its Content-Type");
        }

        if ((token is null) != (request.Header("X-Amz-Security-Token") is null))
        {
            yield return ("security-token", $"X-Amz-Security-Token is '{request.Header("X-Amz-Security-Token")}' with session token '{token}'");
        }

        if (request.Header("X-Amz-Content-Sha256") is { } hash && hash != Convert.ToHexStringLower(SHA256.HashData(request.Body)))
        {
            yield return ("content-sha256", $"X-Amz-Content-Sha256 {hash} is not the payload's SHA-256");
        }
    }
}
