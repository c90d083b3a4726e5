using System.Net;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests;

/// <summary>The exact bytes each operation puts on the wire through the core's pipeline: method, path, query, headers and body.</summary>
public sealed class AmazonCustomerProfilesClientMarshallingTests
{
    private const string StreamArn = "arn:aws:profile:us-east-1:123456789012:domains/retail/event-streams/orders";
    private const string EncodedStreamArn = "arn%3Aaws%3Aprofile%3Aus-east-1%3A123456789012%3Adomains%2Fretail%2Fevent-streams%2Forders";
    private const string KinesisArn = "arn:aws:kinesis:us-east-1:123456789012:stream/exports";

    private readonly ClientHarness _harness = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateEventStreamAsync_WithTags_SendsPostWithUriAndTagsBody()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, $$$"""{"EventStreamArn":"{{{StreamArn}}}","Tags":{"team":"retail"}}"""));

        var response = await _harness.CustomerProfiles.CreateEventStreamAsync(new CreateEventStreamRequest
        {
            DomainName = "retail",
            EventStreamName = "orders",
            Uri = KinesisArn,
            Tags = new() { ["team"] = "retail" },
        }, Ct);

        var request = Assert.Single(_harness.Handler.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/domains/retail/event-streams/orders", request.Target);
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("2020-08-15", request.Header("x-amz-api-version"));
        Assert.Equal($$$"""{"Tags":{"team":"retail"},"Uri":"{{{KinesisArn}}}"}""", request.BodyText);
        Assert.Equal(StreamArn, response.EventStreamArn);
        Assert.Equal("retail", response.Tags!["team"]);
        Assert.Equal("req-200", response.ResponseMetadata.RequestId);
        Assert.Equal(HttpStatusCode.OK, response.HttpStatusCode);
    }

    [Fact]
    public async Task CreateEventStreamAsync_EmptyTags_OmitsTagsMember()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, $$$"""{"EventStreamArn":"{{{StreamArn}}}"}"""));

        await _harness.CustomerProfiles.CreateEventStreamAsync(new CreateEventStreamRequest
        {
            DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn, Tags = [],
        }, Ct);

        Assert.Equal($$$"""{"Uri":"{{{KinesisArn}}}"}""", _harness.Handler.Requests[0].BodyText);
    }

    [Fact]
    public async Task SignedRequest_Always_CarriesSigV4HeadersForProfileService()
    {
        await _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct);

        var request = _harness.Handler.Requests[0];
        var authorization = request.Header("Authorization")!;
        Assert.StartsWith($"AWS4-HMAC-SHA256 Credential={ClientHarness.AccessKey}/", authorization, StringComparison.Ordinal);
        Assert.Contains("/us-east-1/profile/aws4_request", authorization, StringComparison.Ordinal);
        Assert.Contains("SignedHeaders=host;", authorization, StringComparison.Ordinal);
        Assert.NotNull(request.Header("X-Amz-Date"));
        Assert.NotNull(request.Header("X-Amz-Content-SHA256"));
        Assert.Equal("profile.us-east-1.amazonaws.com", request.Message.RequestUri!.Host);
    }

    [Fact]
    public async Task AnyOperation_NoItemsInAnswer_LeavesCollectionNullAsSdkV4Does()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, "{}"));

        var response = await _harness.CustomerProfiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail" }, Ct);

        Assert.Null(response.Items);
        Assert.Null(response.NextToken);
    }

    [Fact]
    public async Task GetEventStreamAsync_Always_SendsGetWithoutBody()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, $$$"""
            {"DomainName":"retail","EventStreamArn":"{{{StreamArn}}}","CreatedAt":1686096000.123,"State":"STOPPED","StoppedSince":1686100000,
             "DestinationDetails":{"Uri":"{{{KinesisArn}}}","Status":"UNHEALTHY","UnhealthySince":"2023-06-07T01:00:00Z","Message":"Stream gone"},
             "Tags":{"a":"b"},"SomeFutureMember":{"x":1}}
            """));

        var response = await _harness.CustomerProfiles.GetEventStreamAsync(new GetEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);

        var request = _harness.Handler.Requests[0];
        Assert.Equal("GET", request.Method);
        Assert.Equal("/domains/retail/event-streams/orders", request.Target);
        Assert.Null(request.Body);
        Assert.Equal(new DateTime(2023, 6, 7, 0, 0, 0, 123, DateTimeKind.Utc), response.CreatedAt);
        Assert.Equal(EventStreamState.STOPPED, response.State);
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(1686100000), response.StoppedSince);
        Assert.Equal(EventStreamDestinationStatus.UNHEALTHY, response.DestinationDetails!.Status);
        Assert.Equal(new DateTime(2023, 6, 7, 1, 0, 0, DateTimeKind.Utc), response.DestinationDetails!.UnhealthySince);
        Assert.Equal("Stream gone", response.DestinationDetails!.Message);
    }

    [Fact]
    public async Task ListEventStreamsAsync_WithPaging_SendsHyphenatedQueryNamesEncoded()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, $$$"""
            {"Items":[{"DomainName":"retail","EventStreamName":"orders","EventStreamArn":"{{{StreamArn}}}","State":"PAUSED",
              "DestinationSummary":{"Uri":"{{{KinesisArn}}}","Status":"HEALTHY"}}],"NextToken":"t2"}
            """));

        var response = await _harness.CustomerProfiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail", MaxResults = 10, NextToken = "a/b+c=" }, Ct);

        var request = _harness.Handler.Requests[0];
        Assert.Equal("GET", request.Method);
        Assert.Equal("/domains/retail/event-streams?max-results=10&next-token=a%2Fb%2Bc%3D", request.Target);
        var item = Assert.Single(response.Items!);
        Assert.Equal("PAUSED", item.State!.Value);
        Assert.Equal("t2", response.NextToken);
    }

    [Fact]
    public async Task DeleteEventStreamAsync_Always_SendsDelete()
    {
        await _harness.CustomerProfiles.DeleteEventStreamAsync(new DeleteEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);

        var request = _harness.Handler.Requests[0];
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/domains/retail/event-streams/orders", request.Target);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task TagResourceAsync_Always_EncodesArnAsOneSegmentAndUsesLowercaseTags()
    {
        await _harness.CustomerProfiles.TagResourceAsync(new TagResourceRequest { ResourceArn = StreamArn, Tags = new() { ["owner"] = "kenji" } }, Ct);

        var request = _harness.Handler.Requests[0];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/tags/" + EncodedStreamArn, request.Target);
        Assert.Equal("""{"tags":{"owner":"kenji"}}""", request.BodyText);
    }

    [Fact]
    public async Task UntagResourceAsync_SeveralKeys_RepeatsTagKeysQuery()
    {
        await _harness.CustomerProfiles.UntagResourceAsync(new UntagResourceRequest { ResourceArn = StreamArn, TagKeys = ["owner", "cost:center"] }, Ct);

        var request = _harness.Handler.Requests[0];
        Assert.Equal("DELETE", request.Method);
        // The core sorts query values, as every AWS SDK for .NET client does.
        Assert.Equal($"/tags/{EncodedStreamArn}?tagKeys=cost%3Acenter&tagKeys=owner", request.Target);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task ListTagsForResourceAsync_Always_ReadsLowercaseTags()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"tags":{"team":"retail","env":""}}"""));

        var response = await _harness.CustomerProfiles.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = StreamArn }, Ct);

        Assert.Equal("GET", _harness.Handler.Requests[0].Method);
        Assert.Equal("/tags/" + EncodedStreamArn, _harness.Handler.Requests[0].Target);
        Assert.Equal("", response.Tags!["env"]);
    }

    [Fact]
    public async Task ListDomainsAsync_WithMaxResults_SendsQuery()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"Items":[{"DomainName":"retail","CreatedAt":1,"LastUpdatedAt":2}]}"""));

        var response = await _harness.CustomerProfiles.ListDomainsAsync(new ListDomainsRequest { MaxResults = 5 }, Ct);

        Assert.Equal("/domains?max-results=5", _harness.Handler.Requests[0].Target);
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(2), Assert.Single(response.Items!).LastUpdatedAt);
        Assert.Null(response.NextToken);
    }

    [Fact]
    public async Task GetDomainAsync_Always_SendsGetToDomainPath()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"DomainName":"retail","DefaultExpirationDays":366,"CreatedAt":1,"LastUpdatedAt":2,"Stats":{"ProfileCount":7},"DataStore":{"Enabled":true}}"""));

        var response = await _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct);

        Assert.Equal("/domains/retail", _harness.Handler.Requests[0].Target);
        Assert.Equal(366, response.DefaultExpirationDays);
        Assert.Equal(7, response.Stats!.ProfileCount);
    }

    [Fact]
    public async Task CreateDomainAsync_Always_SendsBodyWithoutDomainName()
    {
        _harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"DomainName":"retail","DefaultExpirationDays":30,"CreatedAt":1,"LastUpdatedAt":1}"""));

        await _harness.CustomerProfiles.CreateDomainAsync(new CreateDomainRequest { DomainName = "retail", DefaultExpirationDays = 30, Tags = new() { ["t"] = "v" } }, Ct);

        var request = _harness.Handler.Requests[0];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/domains/retail", request.Target);
        Assert.Equal("""{"DefaultExpirationDays":30,"Tags":{"t":"v"}}""", request.BodyText);
    }

    [Fact]
    public async Task AnyOperation_InvalidInput_FailsBeforeSending()
    {
        var ex = await Assert.ThrowsAsync<global::EventStreamConsole.CustomerProfiles.Validation.RequestValidationException>(() =>
            _harness.CustomerProfiles.CreateEventStreamAsync(new CreateEventStreamRequest { DomainName = "bad name", EventStreamName = "", Uri = "not-an-arn" }, Ct));

        Assert.Empty(_harness.Handler.Requests);
        Assert.Equal(["DomainName", "EventStreamName", "Uri"], ex.Errors.Select(e => e.Field));
    }
}
