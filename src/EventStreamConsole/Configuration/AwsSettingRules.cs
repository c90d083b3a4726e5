using System.Text.RegularExpressions;

namespace EventStreamConsole.Configuration;

/// <summary>The shapes AWS gives regions, account ids and STS role settings, for every section that names them.</summary>
public static partial class AwsSettingRules
{
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]{1,512}$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex(@"^[\w+=,.@-]{2,64}$")]
    private static partial Regex RoleSessionNamePattern();

    public static bool IsRegion(string? value) => RegionPattern().IsMatch(value ?? "");

    public static bool IsAccountId(string? value) => value is { Length: 12 } && value.All(char.IsAsciiDigit);

    /// <summary>
    /// What is wrong with the role settings under <paramref name="prefix"/> (e.g. "CustomerProfiles"): RoleArn, ExternalId
    /// only with a role, and STS's character rules. A null <paramref name="sessionName"/> is not checked (it is inherited).
    /// </summary>
    public static IEnumerable<string> CheckRole(string prefix, string? roleArn, string? externalId, string? sessionName)
    {
        if (!string.IsNullOrEmpty(roleArn) && !RoleArnPattern().IsMatch(roleArn))
        {
            yield return $"{prefix}:RoleArn '{roleArn}' is not an IAM role ARN such as arn:aws:iam::123456789012:role/EventStreamConsole.";
        }

        if (!string.IsNullOrEmpty(externalId) && string.IsNullOrEmpty(roleArn))
        {
            yield return $"{prefix}:ExternalId is used only when assuming a role; set {prefix}:RoleArn too, or remove it.";
        }
        else if (!string.IsNullOrEmpty(externalId) && !ExternalIdPattern().IsMatch(externalId))
        {
            yield return $"{prefix}:ExternalId must be 2 to 1224 characters of letters, digits and +=,.@:/- (STS's rule).";
        }

        if (sessionName is not null && !RoleSessionNamePattern().IsMatch(sessionName))
        {
            yield return $"{prefix}:RoleSessionName must be 2 to 64 characters of letters, digits and +=,.@- (STS's rule); it is '{sessionName}'.";
        }
    }
}
