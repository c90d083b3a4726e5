using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Validation;

/// <summary>Customer Profiles ARNs as the IAM reference forms them.</summary>
public static partial class CustomerProfilesArn
{
    // \z, not $ (which also matches before a final "\n"); [0-9], not \d (which matches every Unicode digit).
    [GeneratedRegex(@"^arn:([a-z0-9-]+):profile:([a-z0-9-]+):([0-9]{12}):domains/([a-zA-Z0-9_-]{1,64})(?:/event-streams/([a-zA-Z0-9_-]{1,64}))?\z")]
    private static partial Regex Pattern();

    public static string Domain(string region, string accountId, string domainName, string partition = "aws") =>
        $"arn:{partition}:profile:{region}:{accountId}:domains/{domainName}";

    public static string EventStream(string region, string accountId, string domainName, string eventStreamName, string partition = "aws") =>
        $"{Domain(region, accountId, domainName, partition)}/event-streams/{eventStreamName}";

    /// <summary>Splits a domain or event-stream ARN; <paramref name="eventStreamName"/> is null for a domain ARN.</summary>
    public static bool TryParse(
        string? arn,
        [NotNullWhen(true)] out string? region,
        [NotNullWhen(true)] out string? accountId,
        [NotNullWhen(true)] out string? domainName,
        out string? eventStreamName) =>
        TryParse(arn, out _, out region, out accountId, out domainName, out eventStreamName);

    /// <summary>Splits a domain or event-stream ARN, with its partition ("aws", "aws-cn", ...).</summary>
    public static bool TryParse(
        string? arn,
        [NotNullWhen(true)] out string? partition,
        [NotNullWhen(true)] out string? region,
        [NotNullWhen(true)] out string? accountId,
        [NotNullWhen(true)] out string? domainName,
        out string? eventStreamName)
    {
        partition = region = accountId = domainName = eventStreamName = null;
        var match = arn is null ? Match.Empty : Pattern().Match(arn);
        if (!match.Success)
        {
            return false;
        }

        partition = match.Groups[1].Value;
        region = match.Groups[2].Value;
        accountId = match.Groups[3].Value;
        domainName = match.Groups[4].Value;
        eventStreamName = match.Groups[5].Success ? match.Groups[5].Value : null;
        return true;
    }
}
