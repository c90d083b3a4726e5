using System.Text.RegularExpressions;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>Who is calling, read from the SigV4 credential scope: each (account, region) is its own world.</summary>
public sealed partial record AwsCaller(string AccessKeyId, string AccountId, string Region, string Service)
{
    public const string DefaultAccountId = "000000000000";
    public const string CustomerProfilesService = "profile";
    public const string KinesisService = "kinesis";

    // \z, not $ (which also matches before a final "\n"); [0-9], not \d (which matches every Unicode digit).
    [GeneratedRegex(@"^AWS4-HMAC-SHA256[ \t]+Credential=([^/,\s]{1,128})/([0-9]{8})/([^/,\s]{1,128})/([^/,\s]{1,128})/aws4_request[ \t]*,[ \t]*SignedHeaders=[^,]{1,4096},[ \t]*Signature=[0-9a-f]{1,128}[ \t]*\z")]
    private static partial Regex AuthorizationPattern();

    [GeneratedRegex(@"^[0-9]{12}\z")]
    private static partial Regex AccountPattern();

    /// <summary>
    /// Parses the Authorization header and checks its credential scope names <paramref name="awsJson"/>'s service and a
    /// region; the error says what is wrong so a misconfigured client is easy to fix.
    /// </summary>
    public static AwsCaller Parse(string? authorization, bool awsJson = false)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            throw EmulatorException.Authentication(awsJson, "MissingAuthenticationTokenException",
                "Missing Authentication Token: requests must be signed with AWS Signature Version 4.");
        }

        var match = AuthorizationPattern().Match(authorization);
        if (!match.Success)
        {
            throw EmulatorException.Authentication(awsJson, "IncompleteSignatureException",
                "Authorization header is not a valid AWS4-HMAC-SHA256 signature (expected Credential=KEY/DATE/REGION/SERVICE/aws4_request, SignedHeaders=..., Signature=...).");
        }

        var service = match.Groups[4].Value;
        var expected = awsJson ? KinesisService : CustomerProfilesService;
        if (!string.Equals(service, expected, StringComparison.Ordinal))
        {
            // AWS's own wording, trailing space included.
            throw EmulatorException.Authentication(awsJson, "InvalidSignatureException", $"Credential should be scoped to correct service: '{expected}'. ");
        }

        var region = match.Groups[3].Value;
        if (!AwsRegion.IsValid(region))
        {
            throw EmulatorException.Authentication(awsJson, "InvalidSignatureException", $"Credential should be scoped to a valid region, not '{Shorten(region)}'. ");
        }

        var accessKey = match.Groups[1].Value;
        var account = AccountPattern().IsMatch(accessKey) ? accessKey : DefaultAccountId;
        return new AwsCaller(accessKey, account, region, service);
    }

    private static string Shorten(string value) => value.Length <= 64 ? value : string.Concat(value.AsSpan(0, 61), "...");
}
