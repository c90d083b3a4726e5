using System.Diagnostics.Metrics;
using System.Net;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Tests.Shared;
using KinesisModel = Amazon.Kinesis.Model;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

/// <summary>What our step inside the core's retry loop counts and logs for every attempt.</summary>
public sealed class AttemptHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invoke_ThrottledThenOk_CountsEachAttemptByOutcome()
    {
        // A region no other test uses, so the process-wide meter shows only this test's attempts.
        var harness = new ClientHarness(o => o.Region = "ap-southeast-4");
        harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.TooManyRequests, "ThrottlingException"));
        var outcomes = new List<string>();
        using var listener = Listen("ap-southeast-4", outcomes);

        await harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct);

        Assert.Equal(["GetDomain:throttled", "GetDomain:success"], outcomes);
    }

    [Fact]
    public async Task Invoke_KinesisError_CountedUnderKinesisOperationName()
    {
        var harness = new ClientHarness(o => { o.Region = "ap-southeast-5"; o.MaxAttempts = 1; });
        harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "InvalidArgumentException"));
        var outcomes = new List<string>();
        using var listener = Listen("ap-southeast-5", outcomes);

        var ex = await Assert.ThrowsAsync<KinesisModel.InvalidArgumentException>(() => harness.Kinesis.ListStreamsAsync(new KinesisModel.ListStreamsRequest(), Ct));

        Assert.Equal(["Kinesis.ListStreams:error"], outcomes);
        Assert.Equal("Kinesis.ListStreams", ex.Operation());
    }

    [Fact]
    public async Task Invoke_RetriedWithSessionCredentials_LogsNeitherAuthorizationNorToken()
    {
        var harness = new ClientHarness(o => o.SessionToken = "FQoGZXIvYXdzEXAMPLE-session-token");
        harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"));

        await harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct);

        var signature = harness.Handler.Requests[0].Header("Authorization")!.Split("Signature=")[1];
        Assert.Equal("FQoGZXIvYXdzEXAMPLE-session-token", harness.Handler.Requests[0].Header("X-Amz-Security-Token"));
        Assert.Contains(harness.Logs.Entries, e => e.Contains("GetDomain attempt 1 failed", StringComparison.Ordinal));
        Assert.All(harness.Logs.Entries, e =>
        {
            Assert.DoesNotContain(signature, e, StringComparison.Ordinal);
            Assert.DoesNotContain("FQoGZXIvYXdzEXAMPLE-session-token", e, StringComparison.Ordinal);
            Assert.DoesNotContain(ClientHarness.SecretKey, e, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    public void MayHaveApplied_ServiceAnswer_OnlyWithoutDefiniteAnswer(HttpStatusCode status, bool expected) =>
        Assert.Equal(expected, AttemptHandler.MayHaveApplied(new Amazon.Runtime.AmazonServiceException("x", Amazon.Runtime.ErrorType.Unknown, "X", "r", status)));

    [Fact]
    public void MayHaveApplied_DroppedConnection_IsAmbiguous() =>
        Assert.True(AttemptHandler.MayHaveApplied(new HttpRequestException("reset")));

    private static MeterListener Listen(string region, List<string> outcomes)
    {
        var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AwsClientMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var values = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string);
            if (values["aws.region"] == region)
            {
                lock (outcomes)
                {
                    outcomes.Add($"{values["aws.operation"]}:{values["outcome"]}");
                }
            }
        });
        listener.Start();
        return listener;
    }
}
