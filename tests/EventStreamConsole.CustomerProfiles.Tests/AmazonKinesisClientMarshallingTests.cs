using System.Net;
using EventStreamConsole.CustomerProfiles.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests;

public sealed class AmazonKinesisClientMarshallingTests
{
    private readonly ClientHarness _harness = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListStreamsAsync_Always_PostsAwsJsonWithTarget()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, """
            {"StreamNames":["a"],"HasMoreStreams":false,"StreamSummaries":[{"StreamName":"a","StreamARN":"arn:aws:kinesis:us-east-1:123456789012:stream/a",
             "StreamStatus":"ACTIVE","StreamModeDetails":{"StreamMode":"ON_DEMAND"},"StreamCreationTimestamp":1700000000}]}
            """));

        var response = await _harness.Kinesis.ListStreamsAsync(new ListStreamsRequest { Limit = 10 }, Ct);

        var request = _harness.Handler.Requests[0];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Target);
        Assert.Equal("application/x-amz-json-1.1", request.Header("Content-Type"));
        Assert.Equal("Kinesis_20131202.ListStreams", request.Header("X-Amz-Target"));
        Assert.Equal("""{"Limit":10}""", request.BodyText);
        Assert.Contains("/us-east-1/kinesis/aws4_request", request.Header("Authorization"), StringComparison.Ordinal);
        var summary = Assert.Single(response.StreamSummaries);
        Assert.Equal(StreamStatus.Active, summary.StreamStatus);
        Assert.Equal(StreamMode.OnDemand, summary.StreamModeDetails!.StreamMode);
    }

    [Fact]
    public async Task DescribeStreamSummaryAsync_ByArn_SendsStreamArnMember()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, """
            {"StreamDescriptionSummary":{"StreamName":"a","StreamARN":"arn:aws:kinesis:us-east-1:123456789012:stream/a","StreamStatus":"ACTIVE",
             "RetentionPeriodHours":24,"StreamCreationTimestamp":1700000000,"OpenShardCount":2}}
            """));

        var response = await _harness.Kinesis.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamArn = "arn:aws:kinesis:us-east-1:123456789012:stream/a" }, Ct);

        Assert.Equal("""{"StreamARN":"arn:aws:kinesis:us-east-1:123456789012:stream/a"}""", _harness.Handler.Requests[0].BodyText);
        Assert.Equal("Kinesis_20131202.DescribeStreamSummary", _harness.Handler.Requests[0].Header("X-Amz-Target"));
        Assert.Equal(2, response.StreamDescriptionSummary.OpenShardCount);
    }

    [Fact]
    public async Task ListStreamsPaginator_TwoPages_FollowsNextTokenWhileHasMoreStreams()
    {
        _harness.Handler
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"StreamNames":["a"],"HasMoreStreams":true,"NextToken":"n1","StreamSummaries":[{"StreamName":"a","StreamARN":"x","StreamStatus":"ACTIVE"}]}"""))
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"StreamNames":["b"],"HasMoreStreams":false,"StreamSummaries":[{"StreamName":"b","StreamARN":"y","StreamStatus":"ACTIVE"}]}"""));

        var names = new List<string>();
        await foreach (var stream in _harness.Kinesis.ListStreamsPaginator(new ListStreamsRequest { Limit = 1 }).Items.WithCancellation(Ct))
        {
            names.Add(stream.StreamName);
        }

        Assert.Equal(["a", "b"], names);
        Assert.Equal("""{"Limit":1,"NextToken":"n1"}""", _harness.Handler.Requests[1].BodyText);
    }
}
