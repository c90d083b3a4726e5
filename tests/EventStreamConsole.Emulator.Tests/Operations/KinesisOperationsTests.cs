using Amazon.Kinesis;
using Amazon.Kinesis.Model;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Operations;

public sealed class KinesisOperationsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Streams_CreateListDescribeDelete_RoundTrip()
    {
        var s = new Scenario(fixture.Server);
        await s.KinesisStreamAsync("alpha");
        await s.Kinesis.CreateStreamAsync(new CreateStreamRequest { StreamName = "beta", StreamModeDetails = new() { StreamMode = StreamMode.ON_DEMAND } }, Ct);

        var listed = await s.Kinesis.ListStreamsAsync(new ListStreamsRequest(), Ct);
        var described = await s.Kinesis.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamARN = s.KinesisArn("beta") }, Ct);
        await s.Kinesis.DeleteStreamAsync(new DeleteStreamRequest { StreamName = "alpha" }, Ct);
        var after = await s.Kinesis.ListStreamsAsync(new ListStreamsRequest(), Ct);

        Assert.Equal(["alpha", "beta"], listed.StreamNames!);
        Assert.Equal(s.KinesisArn("alpha"), listed.StreamSummaries![0].StreamARN);
        Assert.Equal(StreamStatus.ACTIVE, described.StreamDescriptionSummary!.StreamStatus);
        Assert.Equal(StreamMode.ON_DEMAND, described.StreamDescriptionSummary!.StreamModeDetails!.StreamMode);
        Assert.Empty(Assert.Single(described.StreamDescriptionSummary.EnhancedMonitoring!).ShardLevelMetrics!); // required by the model
        Assert.Equal(["beta"], after.StreamNames!);
    }

    [Fact]
    public async Task ListStreams_LimitTwoOfFive_PagesWithHasMoreStreams()
    {
        var s = new Scenario(fixture.Server, configure: o => o.OperationTps["Kinesis.CreateStream"] = 50);
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            await s.KinesisStreamAsync(name);
        }

        var names = new List<string>();
        await foreach (var stream in s.Kinesis.Paginators.ListStreams(new ListStreamsRequest { Limit = 2 }).StreamSummaries.WithCancellation(Ct))
        {
            names.Add(stream.StreamName!);
        }

        Assert.Equal(["a", "b", "c", "d", "e"], names);
    }

    [Fact]
    public async Task CreateStream_Existing_ResourceInUse()
    {
        var s = new Scenario(fixture.Server);
        await s.KinesisStreamAsync("alpha");

        await Assert.ThrowsAsync<ResourceInUseException>(() => s.KinesisStreamAsync("alpha"));
    }

    [Fact]
    public async Task DescribeStreamSummary_Missing_ResourceNotFound()
    {
        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            new Scenario(fixture.Server).Kinesis.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamName = "nope" }, Ct));

        Assert.Contains("Stream nope under account", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateStream_ProvisionedWithoutShardCount_InvalidArgument() =>
        await Assert.ThrowsAsync<InvalidArgumentException>(() =>
            new Scenario(fixture.Server).Kinesis.CreateStreamAsync(new CreateStreamRequest { StreamName = "x" }, Ct));
}
