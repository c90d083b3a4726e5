using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.CustomerProfiles.Tests.Validation;

/// <summary>Region names in the shapes of the SDKs' partitions file, one host label long.</summary>
public sealed class AwsRegionTests
{
    [Theory]
    [InlineData("us-east-1", "aws")]
    [InlineData("ap-southeast-2", "aws")]
    [InlineData("mx-central-1", "aws")]
    [InlineData("cn-north-1", "aws-cn")]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("us-iso-east-1", "aws-iso")]
    [InlineData("us-isob-east-1", "aws-iso-b")]
    [InlineData("eu-isoe-west-1", "aws-iso-e")]
    [InlineData("us-isof-south-1", "aws-iso-f")]
    [InlineData("eusc-de-east-1", "aws-eusc")]
    public void PartitionOf_RegionName_NamesItsPartition(string region, string partition) =>
        Assert.Equal(partition, AwsRegion.PartitionOf(region));

    [Theory]
    [InlineData("")]
    [InlineData("US-EAST-1")]
    [InlineData("us-east-1\n")]
    [InlineData("us-east-١")]
    [InlineData("us_east_1")]
    [InlineData("xx-east-1")]
    [InlineData("us-east")]
    [InlineData("aws-global")]
    [InlineData("us-east-1.evil.example")]
    public void IsValid_NotARegionName_False(string region) => Assert.False(AwsRegion.IsValid(region));

    [Fact]
    public void IsValid_LongerThanAHostLabel_False()
    {
        var longest = "us-" + new string('a', AwsRegion.MaxLength - 5) + "-1";

        Assert.True(AwsRegion.IsValid(longest));
        Assert.False(AwsRegion.IsValid("us-" + new string('a', AwsRegion.MaxLength - 4) + "-1"));
        Assert.False(AwsRegion.IsValid("us-" + new string('a', 990) + "-1"));
    }
}
