using System.Net;
using Amazon.Kinesis;
using Amazon.Kinesis.Model;
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
        Assert.Equal("kinesis.us-east-1.amazonaws.com", request.Message.RequestUri!.Host);
        var summary = Assert.Single(response.StreamSummaries!);
        Assert.Equal(StreamStatus.ACTIVE, summary.StreamStatus);
        Assert.Equal(StreamMode.ON_DEMAND, summary.StreamModeDetails!.StreamMode);
        Assert.Equal(["a"], response.StreamNames!);
        Assert.False(response.HasMoreStreams);
    }

    [Fact]
    public async Task DescribeStreamSummaryAsync_ByArn_SendsStreamArnMember()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, """
            {"StreamDescriptionSummary":{"StreamName":"a","StreamARN":"arn:aws:kinesis:us-east-1:123456789012:stream/a","StreamStatus":"ACTIVE",
             "RetentionPeriodHours":24,"StreamCreationTimestamp":1700000000,"OpenShardCount":2}}
            """));

        var response = await _harness.Kinesis.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamARN = "arn:aws:kinesis:us-east-1:123456789012:stream/a" }, Ct);

        Assert.Equal("""{"StreamARN":"arn:aws:kinesis:us-east-1:123456789012:stream/a"}""", _harness.Handler.Requests[0].BodyText);
        Assert.Equal("Kinesis_20131202.DescribeStreamSummary", _harness.Handler.Requests[0].Header("X-Amz-Target"));
        Assert.Equal(2, response.StreamDescriptionSummary!.OpenShardCount);
        // Kinesis' rule set sends calls that name a stream by ARN to the account's control-plane endpoint.
        Assert.Equal("123456789012.control-kinesis.us-east-1.amazonaws.com", _harness.Handler.Requests[0].Message.RequestUri!.Host);
    }

    [Fact]
    public async Task PaginatorsListStreams_TwoPages_FollowsNextTokenWhileHasMoreStreams()
    {
        _harness.Handler
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"StreamNames":["a"],"HasMoreStreams":true,"NextToken":"n1","StreamSummaries":[{"StreamName":"a","StreamARN":"x","StreamStatus":"ACTIVE"}]}"""))
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"StreamNames":["b"],"HasMoreStreams":false,"StreamSummaries":[{"StreamName":"b","StreamARN":"y","StreamStatus":"ACTIVE"}]}"""));

        var names = new List<string>();
        await foreach (var stream in _harness.Kinesis.Paginators.ListStreams(new ListStreamsRequest { Limit = 1 }).StreamSummaries.WithCancellation(Ct))
        {
            names.Add(stream.StreamName!);
        }

        Assert.Equal(["a", "b"], names);
        Assert.Equal("""{"Limit":1,"NextToken":"n1"}""", _harness.Handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task PaginatorsListStreams_ByName_YieldsStreamNamesResultKey()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"StreamNames":["a","b"],"HasMoreStreams":false}"""));

        var names = new List<string>();
        await foreach (var name in _harness.Kinesis.Paginators.ListStreams(new ListStreamsRequest()).StreamNames.WithCancellation(Ct))
        {
            names.Add(name);
        }

        Assert.Equal(["a", "b"], names);
    }

    [Fact]
    public async Task CreateStreamAsync_OnDemand_SendsModeAsWireValue()
    {
        await _harness.Kinesis.CreateStreamAsync(new CreateStreamRequest { StreamName = "exports", StreamModeDetails = new() { StreamMode = StreamMode.ON_DEMAND } }, Ct);

        Assert.Equal("""{"StreamModeDetails":{"StreamMode":"ON_DEMAND"},"StreamName":"exports"}""", _harness.Handler.Requests[0].BodyText);
        Assert.Equal("Kinesis_20131202.CreateStream", _harness.Handler.Requests[0].Header("X-Amz-Target"));
    }
}
