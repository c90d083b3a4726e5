using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>One AWS partition as the endpoint rule sets' <c>aws.partition</c> function returns it.</summary>
public sealed record AwsPartition(string Name, string DnsSuffix, string DualStackDnsSuffix, bool SupportsFips, bool SupportsDualStack);

/// <summary>
/// AWS's partitions (botocore data/partitions.json, the table every SDK's endpoint rules use): a region belongs to the
/// partition that lists it, else to the first whose region pattern matches, else to aws. The conformance tests
/// compare this table with the installed botocore's, so a new partition shows up as a failing test.
/// </summary>
public static partial class AwsPartitions
{
    private static readonly (AwsPartition Partition, Regex Pattern, string[] Regions)[] s_partitions =
    [
        (new("aws", "amazonaws.com", "api.aws", true, true), AwsPattern(),
            ["af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2",
             "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
             "aws-global", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2",
             "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1",
             "us-east-1", "us-east-2", "us-west-1", "us-west-2"]),
        (new("aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", true, true), ChinaPattern(), ["aws-cn-global", "cn-north-1", "cn-northwest-1"]),
        (new("aws-eusc", "amazonaws.eu", "api.amazonwebservices.eu", true, true), EuscPattern(), ["eusc-de-east-1"]),
        (new("aws-iso", "c2s.ic.gov", "api.aws.ic.gov", true, true), IsoPattern(), ["aws-iso-global", "us-iso-east-1", "us-iso-west-1"]),
        (new("aws-iso-b", "sc2s.sgov.gov", "api.aws.scloud", true, true), IsoBPattern(), ["aws-iso-b-global", "us-isob-east-1", "us-isob-west-1"]),
        (new("aws-iso-e", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", true, true), IsoEPattern(), ["aws-iso-e-global", "eu-isoe-west-1"]),
        (new("aws-iso-f", "csp.hci.ic.gov", "api.aws.hci.ic.gov", true, true), IsoFPattern(), ["aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"]),
        (new("aws-us-gov", "amazonaws.com", "api.aws", true, true), GovCloudPattern(), ["aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"]),
    ];

    public static AwsPartition For(string region) =>
        s_partitions.FirstOrDefault(p => p.Regions.Contains(region, StringComparer.Ordinal)).Partition
        ?? s_partitions.FirstOrDefault(p => p.Pattern.IsMatch(region)).Partition
        ?? s_partitions[0].Partition;

    // The regionRegex of each partition, with \w and \d written as the ASCII classes they mean and \z for $.
    [GeneratedRegex(@"^(us|eu|ap|sa|ca|me|af|il|mx)-[a-zA-Z0-9_]+-[0-9]+\z")]
    private static partial Regex AwsPattern();

    [GeneratedRegex(@"^cn-[a-zA-Z0-9_]+-[0-9]+\z")]
    private static partial Regex ChinaPattern();

    [GeneratedRegex(@"^eusc-(de)-[a-zA-Z0-9_]+-[0-9]+\z")]
    private static partial Regex EuscPattern();

    [GeneratedRegex(@"^us-iso-[a-zA-Z0-9_]+-[0-9]+\z")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^us-isob-[a-zA-Z0-9_]+-[0-9]+\z")]
    private static partial Regex IsoBPattern();

    [GeneratedRegex(@"^eu-isoe-[a-zA-Z0-9_]+-[0-9]+\z")]
    private static partial Regex IsoEPattern();

    [GeneratedRegex(@"^us-isof-[a-zA-Z0-9_]+-[0-9]+\z")]
    private static partial Regex IsoFPattern();

    [GeneratedRegex(@"^us-gov-[a-zA-Z0-9_]+-[0-9]+\z")]
    private static partial Regex GovCloudPattern();
}
