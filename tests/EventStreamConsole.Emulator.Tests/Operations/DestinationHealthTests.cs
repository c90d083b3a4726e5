using Amazon.Kinesis;
using Amazon.Kinesis.Model;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Operations;

/// <summary>Destinations are real: deleting the Kinesis stream makes the event stream UNHEALTHY within seconds.</summary>
public sealed class DestinationHealthTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KinesisStreamDeleted_WithinSeconds_EventStreamTurnsUnhealthyWithMessage()
    {
        var s = new Scenario(fixture.Server);
        await s.EventStreamAsync("retail", "orders", "exports");

        await s.Kinesis.DeleteStreamAsync(new DeleteStreamRequest { StreamName = "exports" }, Ct);
        var unhealthy = await WaitForStatusAsync(s, EventStreamDestinationStatus.UNHEALTHY);

        Assert.NotNull(unhealthy.DestinationDetails!.UnhealthySince);
        Assert.Contains(s.KinesisArn("exports"), unhealthy.DestinationDetails!.Message, StringComparison.Ordinal);
        Assert.Contains("not found", unhealthy.DestinationDetails!.Message, StringComparison.Ordinal);
        var listed = await s.Profiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail" }, Ct);
        Assert.Equal(EventStreamDestinationStatus.UNHEALTHY, listed.Items![0].DestinationSummary!.Status);
        Assert.Equal(unhealthy.DestinationDetails!.UnhealthySince, listed.Items![0].DestinationSummary!.UnhealthySince);

        await s.KinesisStreamAsync("exports");
        var healthy = await WaitForStatusAsync(s, EventStreamDestinationStatus.HEALTHY);

        Assert.Null(healthy.DestinationDetails!.UnhealthySince);
        Assert.Null(healthy.DestinationDetails!.Message);
    }

    private static async Task<GetEventStreamResponse> WaitForStatusAsync(Scenario s, EventStreamDestinationStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await s.Profiles.GetEventStreamAsync(new GetEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);
            if (response.DestinationDetails!.Status == status || DateTime.UtcNow > deadline)
            {
                Assert.Equal(status, response.DestinationDetails!.Status);
                return response;
            }

            await Task.Delay(100, Ct);
        }
    }
}
