using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Validation;

/// <summary>
/// Region names as the SDKs' partitions file shapes them (botocore data/partitions.json, "regionRegex" per partition),
/// read strictly: ASCII lower-case letters and digits where that file says \w and \d, and at most one host label long,
/// since the endpoint rules put the region into the host name (https://profile.{Region}.amazonaws.com).
/// </summary>
public static partial class AwsRegion
{
    public const int MaxLength = 63;

    [GeneratedRegex(@"^(?:(?<aws>(?:us|eu|ap|sa|ca|me|af|il|mx)-[a-z0-9]+-[0-9]+)|(?<awscn>cn-[a-z0-9]+-[0-9]+)|(?<gov>us-gov-[a-z0-9]+-[0-9]+)|(?<iso>us-iso-[a-z0-9]+-[0-9]+)|(?<isob>us-isob-[a-z0-9]+-[0-9]+)|(?<isoe>eu-isoe-[a-z0-9]+-[0-9]+)|(?<isof>us-isof-[a-z0-9]+-[0-9]+)|(?<eusc>eusc-de-[a-z0-9]+-[0-9]+))\z")]
    private static partial Regex Pattern();

    /// <summary>The partition of a region ("aws", "aws-cn", "aws-us-gov", ...), or null when it is not a region name.</summary>
    public static string? PartitionOf(string? region)
    {
        if (region is null || region.Length > MaxLength)
        {
            return null;
        }

        var match = Pattern().Match(region);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["aws"].Success ? "aws"
            : match.Groups["awscn"].Success ? "aws-cn"
            : match.Groups["gov"].Success ? "aws-us-gov"
            : match.Groups["iso"].Success ? "aws-iso"
            : match.Groups["isob"].Success ? "aws-iso-b"
            : match.Groups["isoe"].Success ? "aws-iso-e"
            : match.Groups["isof"].Success ? "aws-iso-f"
            : "aws-eusc";
    }

    public static bool IsValid(string? region) => PartitionOf(region) is not null;
}
