using System.Security.Cryptography;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

/// <summary>AWSSDK.Core's signer as the pipeline runs it, checked against an independent implementation verified on AWS's published test vector.</summary>
public sealed class SigV4Tests
{
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static readonly DateTime s_signedAt = new(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc);
    private static readonly string s_emptyHash = ReferenceSigV4.Hex(SHA256.HashData([]));

    [Fact]
    public void ReferenceSignature_AwsGetVanillaVector_MatchesPublishedSignature()
    {
        // aws-sig-v4-test-suite "get-vanilla": GET / on example.amazonaws.com, service "service", us-east-1.
        var signature = ReferenceSigV4.Signature("GET", new Uri("https://example.amazonaws.com/"),
            new Dictionary<string, string> { ["host"] = "example.amazonaws.com", ["x-amz-date"] = "20150830T123600Z" },
            s_emptyHash, SecretKey, "us-east-1", "service", s_signedAt);

        Assert.Equal("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", signature);
    }

    [Fact]
    public async Task Pipeline_TagAndUntagRequests_MatchIndependentSignature()
    {
        var harness = new ClientHarness();
        const string arn = "arn:aws:profile:us-east-1:123456789012:domains/retail";
        await harness.CustomerProfiles.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = new() { ["a"] = "b" } }, TestContext.Current.CancellationToken);
        await harness.CustomerProfiles.UntagResourceAsync(new UntagResourceRequest { ResourceArn = arn, TagKeys = ["a", "b:c"] }, TestContext.Current.CancellationToken);
        await harness.CustomerProfiles.ListDomainsAsync(new ListDomainsRequest { MaxResults = 5, NextToken = "a/b" }, TestContext.Current.CancellationToken);

        foreach (var request in harness.Handler.Requests)
        {
            var authorization = request.Header("Authorization")!;
            var signedHeaders = authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');
            var uri = request.Message.RequestUri!;
            var headers = signedHeaders.ToDictionary(h => h, h => h == "host" ? uri.Authority : request.Header(h)!);
            var signedAt = DateTime.ParseExact(request.Header("X-Amz-Date")!, "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
            var payloadHash = ReferenceSigV4.Hex(SHA256.HashData(request.Body ?? []));

            var expected = ReferenceSigV4.Signature(request.Method, uri, headers, payloadHash, ClientHarness.SecretKey, "us-east-1", "profile", signedAt);

            Assert.EndsWith("Signature=" + expected, authorization, StringComparison.Ordinal);
            Assert.Equal(payloadHash, request.Header("X-Amz-Content-SHA256"));
        }
    }
}
