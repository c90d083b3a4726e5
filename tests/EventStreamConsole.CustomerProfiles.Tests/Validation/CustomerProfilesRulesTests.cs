using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.CustomerProfiles.Tests.Validation;

/// <summary>The model's rules, one by one, with messages that name the field and the rule.</summary>
public sealed class CustomerProfilesRulesTests
{
    [Theory]
    [InlineData("retail-loyalty_prod")]
    [InlineData("a")]
    [InlineData("A1")]
    public void DomainName_Valid_ReturnsNull(string value) => Assert.Null(CustomerProfilesRules.DomainName(value));

    [Theory]
    [InlineData("", "DomainName is required.")]
    [InlineData("has space", "DomainName may contain only letters, digits, hyphens (-) and underscores (_).")]
    [InlineData("dot.name", "DomainName may contain only letters, digits, hyphens (-) and underscores (_).")]
    public void DomainName_Invalid_NamesFieldAndRule(string value, string message) =>
        Assert.Equal(message, CustomerProfilesRules.DomainName(value));

    [Fact]
    public void EventStreamName_SixtyFiveCharacters_ReportsLength()
    {
        Assert.Null(CustomerProfilesRules.EventStreamName(new string('a', 64)));
        Assert.Equal("EventStreamName must be at most 64 characters (it has 65).", CustomerProfilesRules.EventStreamName(new string('a', 65)));
    }

    [Theory]
    [InlineData("arn:aws:kinesis:us-east-1:123456789012:stream/orders.v2_x-y")]
    [InlineData("arn:aws-cn:kinesis:cn-north-1:123456789012:stream/s")]
    [InlineData("arn:aws-us-gov:kinesis:us-gov-west-1:123456789012:stream/s")]
    public void DestinationUri_KinesisArn_ReturnsNull(string value) => Assert.Null(CustomerProfilesRules.DestinationUri(value));

    [Theory]
    [InlineData("")]
    [InlineData("https://kinesis.us-east-1.amazonaws.com/orders")]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:queue")]
    [InlineData("arn:aws:kinesis:us-east-1:12345:stream/s")]
    [InlineData("arn:aws:kinesis:us-east-1:123456789012:stream/has space")]
    public void DestinationUri_NotAKinesisStreamArn_ExplainsTheForm(string value) =>
        Assert.StartsWith("Uri ", CustomerProfilesRules.DestinationUri(value), StringComparison.Ordinal);

    [Fact]
    public void DestinationUri_LongerThan255_ReportsLength() =>
        Assert.Equal("Uri must be at most 255 characters (it has 256).", CustomerProfilesRules.DestinationUri(new string('a', 256)));

    [Fact]
    public void DestinationLocation_OtherRegionOrAccount_ExplainsWhich()
    {
        const string arn = "arn:aws:kinesis:eu-west-2:999999999999:stream/s";

        Assert.Contains("region us-east-1; this one is in eu-west-2", CustomerProfilesRules.DestinationLocation(arn, "us-east-1", "999999999999"), StringComparison.Ordinal);
        Assert.Contains("account 123456789012; this one is in account 999999999999", CustomerProfilesRules.DestinationLocation(arn, "eu-west-2", "123456789012"), StringComparison.Ordinal);
        Assert.Null(CustomerProfilesRules.DestinationLocation(arn, "eu-west-2", "999999999999"));
    }

    [Theory]
    [InlineData("team")]
    [InlineData("cost-center")]
    [InlineData("app:name/v2")]
    [InlineData("a=b+c.d_e,f;g<h")]
    [InlineData("AWS:upper-is-allowed")]
    [InlineData("key123")]
    public void TagKey_AllowedByModelPattern_ReturnsNull(string key) => Assert.Null(CustomerProfilesRules.TagKey(key));

    [Theory]
    [InlineData("aws:reserved", "must not start with 'aws:'")]
    [InlineData("has space", "may contain only letters, digits and")]
    [InlineData("mail@team", "may contain only letters, digits and")]
    [InlineData("équipe", "may contain only letters, digits and")]
    [InlineData("", "must not be empty")]
    public void TagKey_Rejected_SaysWhy(string key, string expected) =>
        Assert.Contains(expected, CustomerProfilesRules.TagKey(key), StringComparison.Ordinal);

    [Fact]
    public void TagKey_TooLong_ReportsLength() =>
        Assert.Contains("at most 128 characters (it has 129)", CustomerProfilesRules.TagKey(new string('k', 129)), StringComparison.Ordinal);

    [Fact]
    public void TagValue_EmptyAllowed_TooLongRejected()
    {
        Assert.Null(CustomerProfilesRules.TagValue("k", ""));
        Assert.Contains("at most 256 characters (it has 257)", CustomerProfilesRules.TagValue("k", new string('v', 257)), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_FiftyOneEntries_ReportsCount()
    {
        var tags = Enumerable.Range(0, 51).ToDictionary(i => $"k{i}", i => "v");

        var errors = CustomerProfilesRules.Tags(tags, "Tags", required: false);

        Assert.Equal("Tags must contain at most 50 tags (it has 51).", Assert.Single(errors).Message);
    }

    [Fact]
    public void Tags_RequiredButEmpty_ReportsAtLeastOne() =>
        Assert.Equal("tags must contain at least one tag.", Assert.Single(CustomerProfilesRules.Tags(new Dictionary<string, string>(), "tags", required: true)).Message);

    [Fact]
    public void TagKeys_EmptyOrTooMany_Reported()
    {
        Assert.Equal("tagKeys must name at least one tag key.", Assert.Single(CustomerProfilesRules.TagKeys([])).Message);
        Assert.Contains("at most 50 keys (it has 51)", Assert.Single(CustomerProfilesRules.TagKeys([.. Enumerable.Range(0, 51).Select(i => $"k{i}")])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:profile:us-east-1:123456789012:domains/d", null)]
    [InlineData("arn:aws-cn:profile:cn-north-1:123456789012:domains/d", null)]
    [InlineData("arn:aws:kinesis:us-east-1:123456789012:stream/s", "resourceArn must be a Customer Profiles ARN (arn:aws:profile:region:account:...).")]
    [InlineData("", "resourceArn is required.")]
    public void ResourceArn_PrefixSemantics(string arn, string? expected) => Assert.Equal(expected, CustomerProfilesRules.ResourceArn(arn));

    [Theory]
    [InlineData(0, "MaxResults must be between 1 and 100 (it was 0).")]
    [InlineData(101, "MaxResults must be between 1 and 100 (it was 101).")]
    [InlineData(100, null)]
    [InlineData(null, null)]
    public void MaxResults_Range(int? value, string? expected) => Assert.Equal(expected, CustomerProfilesRules.MaxResults(value));

    [Fact]
    public void NextToken_TooLong_Rejected()
    {
        Assert.Null(CustomerProfilesRules.NextToken(new string('t', 1024)));
        Assert.Equal("NextToken must be 1 to 1024 characters long.", CustomerProfilesRules.NextToken(new string('t', 1025)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1098, true)]
    [InlineData(1099, false)]
    public void ExpirationDays_Range(int days, bool valid) => Assert.Equal(valid, CustomerProfilesRules.ExpirationDays(days) is null);

    [Fact]
    public void KinesisStreamArn_TryParse_SplitsParts()
    {
        Assert.True(KinesisStreamArn.TryParse("arn:aws:kinesis:eu-west-2:123456789012:stream/orders", out var arn));
        Assert.Equal(("aws", "eu-west-2", "123456789012", "orders"), (arn.Partition, arn.Region, arn.AccountId, arn.StreamName));
        Assert.Equal("arn:aws:kinesis:eu-west-2:123456789012:stream/orders", arn.ToString());
    }

    [Fact]
    public void CustomerProfilesArn_RoundTrip_DomainAndStream()
    {
        var arn = CustomerProfilesArn.EventStream("us-east-1", "123456789012", "retail", "orders");

        Assert.Equal("arn:aws:profile:us-east-1:123456789012:domains/retail/event-streams/orders", arn);
        Assert.True(CustomerProfilesArn.TryParse(arn, out var region, out var account, out var domain, out var stream));
        Assert.Equal(("us-east-1", "123456789012", "retail", "orders"), (region, account, domain, stream));
        Assert.True(CustomerProfilesArn.TryParse(CustomerProfilesArn.Domain("us-east-1", "123456789012", "retail"), out _, out _, out _, out var none));
        Assert.Null(none);
    }
}
