using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.CustomerProfiles.Tests.Validation;

/// <summary>
/// Patterns match the whole value: .NET's <c>$</c> also matches before a final "\n" and <c>\d</c> matches every
/// Unicode digit, and neither is what AWS's model means.
/// </summary>
public sealed class StrictPatternTests
{
    private const string ArabicIndicAccount = "١٢٣٤٥٦٧٨٩٠١٢";

    [Theory]
    [InlineData("lf\n")]
    [InlineData("lf\r\n")]
    [InlineData("\nlf")]
    public void DomainName_NewlineAnywhere_Rejected(string value) =>
        Assert.Equal("DomainName may contain only letters, digits, hyphens (-) and underscores (_).", CustomerProfilesRules.DomainName(value));

    [Fact]
    public void EventStreamName_TrailingNewline_Rejected() =>
        Assert.NotNull(CustomerProfilesRules.EventStreamName("orders\n"));

    [Theory]
    [InlineData("team\n")]
    [InlineData("aws:\n")]
    public void TagKey_TrailingNewline_Rejected(string key) => Assert.NotNull(CustomerProfilesRules.TagKey(key));

    [Theory]
    [InlineData("arn:aws:kinesis:us-east-1:123456789012:stream/orders\n")]
    [InlineData("arn:aws:kinesis:us-east-1:" + ArabicIndicAccount + ":stream/orders")]
    [InlineData("arn:aws:kinesis:us-east-١:123456789012:stream/orders")]
    public void DestinationUri_TrailingNewlineOrUnicodeDigits_NotAKinesisArn(string uri)
    {
        Assert.False(KinesisStreamArn.TryParse(uri, out _));
        Assert.Contains("must be a Kinesis data stream ARN", CustomerProfilesRules.DestinationUri(uri), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateStreamName_TrailingNewline_Rejected() =>
        Assert.Equal("StreamName may contain only letters, digits, underscores (_), periods (.) and hyphens (-).", KinesisStreamArn.ValidateStreamName("orders\n"));

    [Theory]
    [InlineData("arn:aws:profile:us-east-1:123456789012:domains/retail\n")]
    [InlineData("arn:aws:profile:us-east-1:123456789012:domains/retail/event-streams/orders\n")]
    [InlineData("arn:aws:profile:us-east-1:" + ArabicIndicAccount + ":domains/retail")]
    public void CustomerProfilesArn_TrailingNewlineOrUnicodeDigits_NotParsed(string arn) =>
        Assert.False(CustomerProfilesArn.TryParse(arn, out _, out _, out _, out _));

    [Fact]
    public void CustomerProfilesArn_TryParse_ReturnsPartition()
    {
        Assert.True(CustomerProfilesArn.TryParse("arn:aws-cn:profile:cn-north-1:123456789012:domains/retail", out var partition, out var region, out _, out _, out var stream));

        Assert.Equal(("aws-cn", "cn-north-1"), (partition, region));
        Assert.Null(stream);
    }

    [Fact]
    public void DestinationLocation_ChinaPartitionArnInAwsRegion_Refused()
    {
        var error = CustomerProfilesRules.DestinationLocation("arn:aws-cn:kinesis:us-east-1:123456789012:stream/s", "us-east-1", "123456789012");

        Assert.Equal("Uri must be an ARN of the partition 'aws' of region us-east-1; this one names the partition 'aws-cn'.", error);
    }

    [Theory]
    [InlineData("arn:aws-cn:kinesis:cn-north-1:123456789012:stream/s", "cn-north-1")]
    [InlineData("arn:aws-us-gov:kinesis:us-gov-west-1:123456789012:stream/s", "us-gov-west-1")]
    [InlineData("arn:aws:kinesis:eu-west-2:123456789012:stream/s", "eu-west-2")]
    public void DestinationLocation_PartitionOfTheRegion_Accepted(string uri, string region) =>
        Assert.Null(CustomerProfilesRules.DestinationLocation(uri, region, "123456789012"));
}
