using Amazon.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.CustomerProfiles.Tests.Validation;

public sealed class KinesisRequestValidatorTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(null, true)]
    public void ValidateCreateStream_ShardCount_AtLeastOne(int? shards, bool valid) =>
        Assert.Equal(valid, RequestValidator.Validate(new CreateStreamRequest { StreamName = "orders", ShardCount = shards }).Count == 0);

    [Fact]
    public void ValidateCreateStream_ModeDetailsWithoutMode_NamesTheMember()
    {
        var error = Assert.Single(RequestValidator.Validate(new CreateStreamRequest { StreamName = "orders", StreamModeDetails = new() }));

        Assert.Equal("StreamModeDetails", error.Field);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(RequestValidator.MaxKinesisTokenLength, true)]
    [InlineData(RequestValidator.MaxKinesisTokenLength + 1, false)]
    public void ValidateListStreams_NextTokenLength_OneToOneMebibyte(int length, bool valid) =>
        Assert.Equal(valid, RequestValidator.Validate(new ListStreamsRequest { NextToken = new string('t', length) }).Count == 0);
}
