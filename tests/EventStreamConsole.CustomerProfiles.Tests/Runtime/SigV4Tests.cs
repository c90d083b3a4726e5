using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

/// <summary>The signer the client uses, checked against AWS's published test vector and an independent implementation.</summary>
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

    [Theory]
    [InlineData("GET", "https://profile.us-east-1.amazonaws.com/domains/retail/event-streams/orders", "profile")]
    [InlineData("DELETE", "https://profile.us-east-1.amazonaws.com/tags/arn%3Aaws%3Aprofile%3Aus-east-1%3A123456789012%3Adomains%2Fretail?tagKeys=a&tagKeys=b%3Ac", "profile")]
    [InlineData("GET", "https://profile.us-east-1.amazonaws.com/domains?max-results=5&next-token=a%2Fb", "profile")]
    public async Task SignAsync_ClientRequests_MatchIndependentSignature(string method, string url, string service)
    {
        var uri = new Uri(url);
        var parameters = new AWSSigV4Parameters
        {
            Credentials = new BasicAWSCredentials("AKIDEXAMPLE", SecretKey),
            Region = Amazon.RegionEndpoint.USEast1,
            Service = service,
            SignedAt = s_signedAt,
        };

        var result = await AWSSigV4Signer.SignAsync(new AWSSigningRequest { HttpMethod = new HttpMethod(method), RequestUri = uri }, parameters, TestContext.Current.CancellationToken);

        var expected = ReferenceSigV4.Signature(method, uri,
            new Dictionary<string, string> { ["host"] = uri.Host, ["x-amz-date"] = "20150830T123600Z", ["x-amz-content-sha256"] = s_emptyHash },
            s_emptyHash, SecretKey, "us-east-1", service, s_signedAt);
        Assert.Equal(
            $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/{service}/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={expected}",
            result.Headers["Authorization"]);
    }
}
