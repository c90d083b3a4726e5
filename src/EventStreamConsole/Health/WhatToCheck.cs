using System.Text.RegularExpressions;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Service;

namespace EventStreamConsole.Health;

/// <summary>What a finding of <see cref="WhatToCheck"/> is about.</summary>
public enum CheckKind
{
    StreamMissing,
    StreamNotActive,
    KmsKey,
    Throttling,
    Permissions,
    NothingExplains,
}

/// <summary>One thing to check: a plain title, one sentence why, and the exact place to look (a console page, a CLI command).</summary>
public sealed record CheckFinding(CheckKind Kind, string Title, string Why, string? LinkUrl, string? LinkText, string Command);

/// <summary>
/// The "What to check" of an UNHEALTHY destination, from facts only: what Kinesis describes (DescribeStreamSummary; null when it
/// could not be read) and what AWS's message says. Nothing is guessed: when no fact explains the outage, it says so.
/// </summary>
public static partial class WhatToCheck
{
    /// <summary>The service principal a KMS key policy must let use the key for Customer Profiles to write to the stream.</summary>
    public const string CustomerProfilesPrincipal = "profile.amazonaws.com";

    public static IReadOnlyList<CheckFinding> For(EventStreamDetail detail, DestinationFacts? facts)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var region = detail.Region;
        var stream = detail.DestinationName;
        var streamRegion = KinesisStreamArn.TryParse(detail.DestinationUri, out var arn) ? arn.Region : region;
        var describe = stream is null ? null : $"aws kinesis describe-stream-summary --stream-name {stream} --region {streamRegion}";
        var findings = new List<CheckFinding>();
        if (facts is { Missing: true } && describe is not null)
        {
            findings.Add(new(CheckKind.StreamMissing, "The Kinesis stream does not exist",
                $"Kinesis answers ResourceNotFoundException for {stream} in {streamRegion}, so Customer Profiles has nowhere to write the events.",
                $"https://{streamRegion}.console.aws.amazon.com/kinesis/home?region={streamRegion}#/streams", $"Open the Kinesis streams of {streamRegion}", describe));
        }
        else if (facts is { Missing: false } && describe is not null)
        {
            if (facts.Status != "ACTIVE")
            {
                findings.Add(new(CheckKind.StreamNotActive, $"The Kinesis stream is {facts.Status}, not ACTIVE",
                    $"Kinesis describes {stream} as {facts.Status}; Customer Profiles delivers to an ACTIVE stream, so check whether a resharding or encryption change is still under way.",
                    detail.KinesisConsoleUrl, $"Open {stream} in the Kinesis console", describe));
            }

            if (facts.Encryption == "KMS")
            {
                findings.Add(KmsFinding(stream!, streamRegion, facts.KmsKeyId));
            }
        }

        var message = detail.Message ?? "";
        if (stream is not null && Throttling().IsMatch(message))
        {
            findings.Add(new(CheckKind.Throttling, "Writes to the stream are throttled",
                $"AWS's message says {stream} refused writes for lack of capacity{CapacityOf(facts)}: check its shard count or switch it to on-demand.",
                detail.KinesisConsoleUrl, $"Open the monitoring of {stream} (WriteProvisionedThroughputExceeded)", describe!));
        }

        if (stream is not null && Permissions().IsMatch(message))
        {
            findings.Add(new(CheckKind.Permissions, "Customer Profiles is not allowed to write to the stream",
                $"AWS's message says access was denied: the stream's resource policy and the IAM permissions Customer Profiles writes with must allow kinesis:PutRecords on {stream}.",
                detail.KinesisConsoleUrl, $"Open {stream} in the Kinesis console", $"aws kinesis get-resource-policy --resource-arn {detail.DestinationUri} --region {streamRegion}"));
        }

        if (findings.Count == 0)
        {
            findings.Add(new(CheckKind.NothingExplains, "Nothing Kinesis reports explains this",
                facts is null
                    ? "Kinesis could not be asked about the stream and AWS's message names no known cause; read the event stream as Customer Profiles reports it."
                    : "The stream exists, is ACTIVE and is not encrypted, and AWS's message names no known cause; read the event stream as Customer Profiles reports it.",
                null, null,
                $"aws customer-profiles get-event-stream --domain-name {detail.DomainName} --event-stream-name {detail.EventStreamName} --region {region}"));
        }

        return findings;
    }

    private static CheckFinding KmsFinding(string stream, string streamRegion, string? keyId)
    {
        var key = keyId ?? "(the key Kinesis names)";
        var keyRegion = keyId is not null && keyId.StartsWith("arn:", StringComparison.Ordinal) && keyId.Split(':') is { Length: > 3 } parts ? parts[3] : streamRegion;
        var byAlias = keyId is null || keyId.StartsWith("alias/", StringComparison.Ordinal) || keyId.Contains(":alias/", StringComparison.Ordinal);
        var keyPart = keyId is not null && !byAlias ? keyId[(keyId.LastIndexOf('/') + 1)..] : null;
        var url = keyPart is not null
            ? $"https://{keyRegion}.console.aws.amazon.com/kms/home?region={keyRegion}#/kms/keys/{Uri.EscapeDataString(keyPart)}"
            : $"https://{keyRegion}.console.aws.amazon.com/kms/home?region={keyRegion}#/kms/keys";
        // get-key-policy takes a key id or key ARN, not an alias: resolve an alias first.
        var keyArgument = byAlias ? $"$(aws kms describe-key --key-id {key} --query KeyMetadata.KeyId --output text --region {keyRegion})" : key;
        return new(CheckKind.KmsKey, $"The stream is encrypted with KMS key {key}",
            $"Kinesis encrypts {stream} with this key, so its key policy must let Customer Profiles ({CustomerProfilesPrincipal}) use it (kms:GenerateDataKey) or no event can be written.",
            url, keyPart is not null ? $"Open key {keyPart} in the KMS console" : $"Open the KMS keys of {keyRegion} (find {key})",
            $"aws kms get-key-policy --key-id {keyArgument} --policy-name default --region {keyRegion}");
    }

    private static string CapacityOf(DestinationFacts? facts) => facts is { Missing: false } ? $" ({facts.Capacity})" : "";

    [GeneratedRegex("ProvisionedThroughputExceeded|Rate exceeded|Throttl", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Throttling();

    // KMSAccessDeniedException is the key's (found through the facts), not the stream's permissions.
    [GeneratedRegex("(?<!KMS)AccessDenied|not authorized", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Permissions();
}
