using System.Text.RegularExpressions;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>Who is calling, read from the SigV4 credential scope: each (account, region) is its own world.</summary>
public sealed partial record AwsCaller(string AccessKeyId, string AccountId, string Region, string Service)
{
    public const string DefaultAccountId = "000000000000";

    [GeneratedRegex(@"^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)/(\d{8})/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request\s*,\s*SignedHeaders=[^,]+,\s*Signature=[0-9a-f]+\s*$")]
    private static partial Regex AuthorizationPattern();

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountPattern();

    /// <summary>Parses the Authorization header; the error says what is wrong so a misconfigured client is easy to fix.</summary>
    public static AwsCaller Parse(string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            throw new EmulatorException("MissingAuthenticationTokenException", 403,
                "Missing Authentication Token: requests must be signed with AWS Signature Version 4.");
        }

        var match = AuthorizationPattern().Match(authorization);
        if (!match.Success)
        {
            throw new EmulatorException("IncompleteSignatureException", 403,
                "Authorization header is not a valid AWS4-HMAC-SHA256 signature (expected Credential=KEY/DATE/REGION/SERVICE/aws4_request, SignedHeaders=..., Signature=...).");
        }

        var accessKey = match.Groups[1].Value;
        var account = AccountPattern().IsMatch(accessKey) ? accessKey : DefaultAccountId;
        return new AwsCaller(accessKey, account, match.Groups[3].Value, match.Groups[4].Value);
    }
}
