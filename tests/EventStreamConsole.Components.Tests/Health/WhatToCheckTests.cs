using Amazon.CustomerProfiles;
using EventStreamConsole.Health;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Health;

public sealed class WhatToCheckTests
{
    private const string StreamArn = "arn:aws:kinesis:us-east-1:123456789012:stream/retail-events";
    private static readonly DateTimeOffset s_now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    private static EventStreamDetail Unhealthy(string? message = null) => Streams.Detail("retail", EventStreamDestinationStatus.UNHEALTHY, message);

    private static DestinationFacts Facts(string status = "ACTIVE", string encryption = "NONE", string? key = null) =>
        new(StreamArn, false, status, "PROVISIONED", 1, 24, encryption, key, 0, s_now);

    [Fact]
    public void For_StreamMissing_OneFindingWithDescribeCommandAndStreamsList()
    {
        var findings = WhatToCheck.For(Unhealthy("Kinesis stream was not found (ResourceNotFoundException)"), DestinationFacts.NotFound(StreamArn, s_now));

        var finding = Assert.Single(findings);
        Assert.Equal(CheckKind.StreamMissing, finding.Kind);
        Assert.Equal("The Kinesis stream does not exist", finding.Title);
        Assert.Equal("aws kinesis describe-stream-summary --stream-name retail-events --region us-east-1", finding.Command);
        Assert.Equal("https://us-east-1.console.aws.amazon.com/kinesis/home?region=us-east-1#/streams", finding.LinkUrl);
    }

    [Fact]
    public void For_StreamUpdating_NotActiveFindingShowsTheStatusAndMonitoringLink()
    {
        var finding = Assert.Single(WhatToCheck.For(Unhealthy("ResourceInUseException: Kinesis stream is UPDATING"), Facts(status: "UPDATING")));

        Assert.Equal(CheckKind.StreamNotActive, finding.Kind);
        Assert.Equal("The Kinesis stream is UPDATING, not ACTIVE", finding.Title);
        Assert.Equal("https://us-east-1.console.aws.amazon.com/kinesis/home?region=us-east-1#/streams/details/retail-events/monitoring", finding.LinkUrl);
        Assert.Equal("aws kinesis describe-stream-summary --stream-name retail-events --region us-east-1", finding.Command);
    }

    [Fact]
    public void For_KmsKeyArn_KeyPolicyFindingWithKeyPageAndGetKeyPolicy()
    {
        const string key = "arn:aws:kms:eu-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

        var finding = Assert.Single(WhatToCheck.For(Unhealthy("KMSAccessDeniedException: Customer Profiles is not allowed to use KMS key"), Facts(encryption: "KMS", key: key)));

        Assert.Equal(CheckKind.KmsKey, finding.Kind);
        Assert.Contains("profile.amazonaws.com", finding.Why, StringComparison.Ordinal);
        Assert.Equal("https://eu-west-2.console.aws.amazon.com/kms/home?region=eu-west-2#/kms/keys/1234abcd-12ab-34cd-56ef-1234567890ab", finding.LinkUrl);
        Assert.Equal($"aws kms get-key-policy --key-id {key} --policy-name default --region eu-west-2", finding.Command);
    }

    [Fact]
    public void For_KmsAlias_ResolvesTheAliasInTheCommand()
    {
        var finding = Assert.Single(WhatToCheck.For(Unhealthy(), Facts(encryption: "KMS", key: "alias/retail")));

        Assert.Equal(
            "aws kms get-key-policy --key-id $(aws kms describe-key --key-id alias/retail --query KeyMetadata.KeyId --output text --region us-east-1) --policy-name default --region us-east-1",
            finding.Command);
        Assert.Equal("https://us-east-1.console.aws.amazon.com/kms/home?region=us-east-1#/kms/keys", finding.LinkUrl);
    }

    [Theory]
    [InlineData("ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000000")]
    [InlineData("Rate exceeded")]
    [InlineData("ThrottlingException: slow down")]
    public void For_ThrottlingMessage_ShardCapacityFinding(string message)
    {
        var finding = Assert.Single(WhatToCheck.For(Unhealthy(message), Facts()));

        Assert.Equal(CheckKind.Throttling, finding.Kind);
        Assert.Contains("PROVISIONED · 1 open shard", finding.Why, StringComparison.Ordinal);
        Assert.EndsWith("/monitoring", finding.LinkUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccessDeniedException: User: x is not authorized to perform kinesis:PutRecords")]
    [InlineData("User is not authorized to perform this action")]
    public void For_PermissionMessage_PermissionsFindingWithResourcePolicyCommand(string message)
    {
        var finding = Assert.Single(WhatToCheck.For(Unhealthy(message), Facts()));

        Assert.Equal(CheckKind.Permissions, finding.Kind);
        Assert.Equal($"aws kinesis get-resource-policy --resource-arn {StreamArn} --region us-east-1", finding.Command);
    }

    [Fact]
    public void For_KmsAccessDeniedMessageOnUnencryptedFacts_NoPermissionsGuess()
    {
        var finding = Assert.Single(WhatToCheck.For(Unhealthy("KMSAccessDeniedException: denied"), Facts()));

        Assert.Equal(CheckKind.NothingExplains, finding.Kind);
    }

    [Fact]
    public void For_NothingMatches_SaysSoWithGetEventStream()
    {
        var finding = Assert.Single(WhatToCheck.For(Unhealthy("Something else went wrong"), Facts()));

        Assert.Equal(CheckKind.NothingExplains, finding.Kind);
        Assert.Equal("Nothing Kinesis reports explains this", finding.Title);
        Assert.Null(finding.LinkUrl);
        Assert.Equal("aws customer-profiles get-event-stream --domain-name retail --event-stream-name retail-export --region us-east-1", finding.Command);
    }

    [Fact]
    public void For_FactsUnreadableAndThrottled_OnlyTheMessageFinding()
    {
        var finding = Assert.Single(WhatToCheck.For(Unhealthy("Rate exceeded for shard"), null));

        Assert.Equal(CheckKind.Throttling, finding.Kind);
        Assert.DoesNotContain("open shard", finding.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void For_FactsUnreadableNoMessage_SaysKinesisCouldNotBeAsked()
    {
        var finding = Assert.Single(WhatToCheck.For(Unhealthy(), null));

        Assert.Equal(CheckKind.NothingExplains, finding.Kind);
        Assert.Contains("could not be asked", finding.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void For_UpdatingEncryptedAndThrottled_EveryFactInOrder()
    {
        var findings = WhatToCheck.For(Unhealthy("Rate exceeded"), Facts(status: "UPDATING", encryption: "KMS", key: "alias/retail"));

        Assert.Equal([CheckKind.StreamNotActive, CheckKind.KmsKey, CheckKind.Throttling], findings.Select(f => f.Kind));
    }
}
