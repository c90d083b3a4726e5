using Amazon.CustomerProfiles.Endpoints;
using Amazon.CustomerProfiles.Internal;
using Amazon.Kinesis.Endpoints;
using Amazon.Kinesis.Internal;
using Amazon.Runtime;

namespace EventStreamConsole.CustomerProfiles.Tests.Sdk;

/// <summary>The official endpoint rule sets, evaluated for the partitions and variants the console can be configured for.</summary>
public sealed class EndpointRuleSetTests
{
    [Theory]
    [InlineData("us-east-1", false, false, "https://profile.us-east-1.amazonaws.com")]
    [InlineData("us-east-1", true, false, "https://profile-fips.us-east-1.amazonaws.com")]
    [InlineData("us-east-1", false, true, "https://profile.us-east-1.api.aws")]
    [InlineData("us-east-1", true, true, "https://profile-fips.us-east-1.api.aws")]
    [InlineData("cn-north-1", false, false, "https://profile.cn-north-1.amazonaws.com.cn")]
    [InlineData("cn-north-1", false, true, "https://profile.cn-north-1.api.amazonwebservices.com.cn")]
    [InlineData("us-gov-west-1", true, false, "https://profile-fips.us-gov-west-1.amazonaws.com")]
    public void CustomerProfiles_RegionAndVariants_FollowRuleSet(string region, bool fips, bool dualStack, string expected) =>
        Assert.Equal(expected, new AmazonCustomerProfilesEndpointProvider()
            .ResolveEndpoint(new CustomerProfilesEndpointParameters { Region = region, UseFIPS = fips, UseDualStack = dualStack }).URL);

    [Fact]
    public void CustomerProfiles_CustomEndpoint_UsedVerbatim() =>
        Assert.Equal("http://127.0.0.1:4566", new AmazonCustomerProfilesEndpointProvider()
            .ResolveEndpoint(new CustomerProfilesEndpointParameters { Region = "us-east-1", Endpoint = "http://127.0.0.1:4566" }).URL);

    [Theory]
    [InlineData(true, false, "FIPS and custom endpoint are not supported")]
    [InlineData(false, true, "Dualstack and custom endpoint are not supported")]
    public void CustomerProfiles_CustomEndpointWithVariant_IsRefused(bool fips, bool dualStack, string error)
    {
        var ex = Assert.Throws<AmazonClientException>(() => new AmazonCustomerProfilesEndpointProvider().ResolveEndpoint(
            new CustomerProfilesEndpointParameters { Region = "us-east-1", Endpoint = "http://127.0.0.1:4566", UseFIPS = fips, UseDualStack = dualStack }));

        Assert.Contains(error, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerProfiles_NoRegion_ReportsMissingRegion() =>
        Assert.Contains("Missing Region", Assert.Throws<AmazonClientException>(() =>
            new AmazonCustomerProfilesEndpointProvider().ResolveEndpoint(new CustomerProfilesEndpointParameters())).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("eu-west-2", null, null, "https://kinesis.eu-west-2.amazonaws.com")]
    [InlineData("us-east-1", "arn:aws:kinesis:us-east-1:123456789012:stream/exports", "control", "https://123456789012.control-kinesis.us-east-1.amazonaws.com")]
    [InlineData("cn-north-1", null, null, "https://kinesis.cn-north-1.amazonaws.com.cn")]
    public void Kinesis_RegionAndStreamArn_FollowRuleSet(string region, string? streamArn, string? operationType, string expected) =>
        Assert.Equal(expected, new AmazonKinesisEndpointProvider()
            .ResolveEndpoint(new KinesisEndpointParameters { Region = region, StreamARN = streamArn, OperationType = operationType }).URL);

    [Fact]
    public void Kinesis_StreamArnWithCustomEndpoint_UsesTheCustomEndpoint() =>
        Assert.Equal("http://127.0.0.1:4566", new AmazonKinesisEndpointProvider().ResolveEndpoint(new KinesisEndpointParameters
        {
            Region = "us-east-1", Endpoint = "http://127.0.0.1:4566", StreamARN = "arn:aws:kinesis:us-east-1:123456789012:stream/exports", OperationType = "control",
        }).URL);

    [Fact]
    public void Kinesis_StreamArnOfOtherPartition_IsRefused() =>
        Assert.Throws<AmazonClientException>(() => new AmazonKinesisEndpointProvider().ResolveEndpoint(new KinesisEndpointParameters
        {
            Region = "us-east-1", StreamARN = "arn:aws-cn:kinesis:cn-north-1:123456789012:stream/exports", OperationType = "control",
        }));
}
