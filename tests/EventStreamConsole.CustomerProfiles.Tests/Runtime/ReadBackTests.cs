using System.Net;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

/// <summary>No change is ever applied twice by a retry: an ambiguous earlier attempt is read back, not repeated blindly.</summary>
public sealed class ReadBackTests
{
    private const string KinesisArn = "arn:aws:kinesis:us-east-1:123456789012:stream/exports";
    private const string StreamArn = "arn:aws:profile:us-east-1:123456789012:domains/retail/event-streams/orders";
    private readonly ClientHarness _harness = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateEventStream_FirstAnswerLostThenAlreadyExists_ReadsBackAndSucceeds()
    {
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "An event stream named 'orders' already exists"))
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, $$$"""
                {"DomainName":"retail","EventStreamArn":"{{{StreamArn}}}","CreatedAt":1,"State":"RUNNING","DestinationDetails":{"Uri":"{{{KinesisArn}}}","Status":"HEALTHY"}}
                """));

        var response = await _harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct);

        Assert.Equal(StreamArn, response.EventStreamArn);
        Assert.Equal("req-200", response.ResponseMetadata.RequestId);
        Assert.Equal(["POST", "POST", "GET"], _harness.Handler.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task CreateEventStream_TimedOutThenAlreadyExists_ReadsBack()
    {
        var harness = new ClientHarness(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(100));
        harness.Handler
            .Then(async r =>
            {
                await Task.Delay(Timeout.Infinite, r.Cancellation);
                return ScriptedHandler.Json(HttpStatusCode.OK, "{}");
            })
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "already exists"))
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, $$$"""{"EventStreamArn":"{{{StreamArn}}}","DestinationDetails":{"Uri":"{{{KinesisArn}}}","Status":"HEALTHY"}}"""));

        var response = await harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct);

        Assert.Equal(StreamArn, response.EventStreamArn);
    }

    [Fact]
    public async Task CreateEventStream_RetryFindsStreamWithOtherDestination_ReportsConflict()
    {
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "already exists"))
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, $$$"""
                {"DomainName":"retail","EventStreamArn":"{{{StreamArn}}}","CreatedAt":1,"State":"RUNNING","DestinationDetails":{"Uri":"arn:aws:kinesis:us-east-1:123456789012:stream/other","Status":"HEALTHY"}}
                """));

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => _harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct));

        Assert.Equal("already exists", ex.Message);
        Assert.True(ex.EarlierAttemptMayHaveApplied());
        Assert.Equal(2, ex.Attempts());
    }

    [Fact]
    public async Task CreateEventStream_ReadBackDenied_ThrowsTheCreatesOwnError()
    {
        // The read-back's AccessDenied is about GetEventStream; the caller must still see the create's answer.
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "already exists"))
            .Then(ScriptedHandler.Error(HttpStatusCode.Forbidden, "AccessDeniedException", "not allowed to GetEventStream"));

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => _harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct));

        Assert.Equal("already exists", ex.Message);
        Assert.True(ex.EarlierAttemptMayHaveApplied());
        Assert.Equal(["POST", "POST", "GET"], _harness.Handler.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task CreateEventStream_ThrottledThenAlreadyExists_ReportsConflictWithoutReadBack()
    {
        // A throttled attempt applied nothing, so "already exists" afterwards is a real conflict.
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.TooManyRequests, "ThrottlingException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "already exists"));

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => _harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct));

        Assert.False(ex.EarlierAttemptMayHaveApplied());
        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task CreateDomain_AnswerLostThenQuotaRefusal_ReportsTheRefusal()
    {
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "quota reached"))
            .Then(ScriptedHandler.Error(HttpStatusCode.NotFound, "ResourceNotFoundException"));

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => _harness.CustomerProfiles.CreateDomainAsync(
            new CreateDomainRequest { DomainName = "retail", DefaultExpirationDays = 30 }, Ct));

        Assert.Equal("quota reached", ex.Message);
        Assert.Equal(["POST", "POST", "GET"], _harness.Handler.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task CreateDomain_AnswerLostThenAlreadyExistsAsAsked_ReadsBackAndSucceeds()
    {
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "already exists"))
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, """{"DomainName":"retail","DefaultExpirationDays":30,"CreatedAt":1,"LastUpdatedAt":1}"""));

        var response = await _harness.CustomerProfiles.CreateDomainAsync(new CreateDomainRequest { DomainName = "retail", DefaultExpirationDays = 30 }, Ct);

        Assert.Equal("retail", response.DomainName);
        Assert.Equal(30, response.DefaultExpirationDays);
    }

    [Fact]
    public async Task CreateEventStream_FirstAttemptBadRequest_DoesNotReadBack()
    {
        _harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "already exists"));

        await Assert.ThrowsAsync<BadRequestException>(() => _harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct));

        Assert.Single(_harness.Handler.Requests);
    }

    [Fact]
    public async Task DeleteEventStream_RetryFindsNothing_TreatsEarlierAttemptAsDone()
    {
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.NotFound, "ResourceNotFoundException"));

        var response = await _harness.CustomerProfiles.DeleteEventStreamAsync(new DeleteEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.HttpStatusCode);
        Assert.Equal("req-404", response.ResponseMetadata.RequestId);
        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task DeleteEventStream_FirstAttemptNotFound_Throws()
    {
        _harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.NotFound, "ResourceNotFoundException"));

        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(() => _harness.CustomerProfiles.DeleteEventStreamAsync(
            new DeleteEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct));

        Assert.False(ex.EarlierAttemptMayHaveApplied());
        Assert.Equal("DeleteEventStream", ex.Operation());
    }
}
