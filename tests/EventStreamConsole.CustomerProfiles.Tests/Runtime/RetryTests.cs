using System.Net;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

/// <summary>AWS standard retry mode, and the guarantee that no change is ever applied twice by a retry.</summary>
public sealed class RetryTests
{
    private const string KinesisArn = "arn:aws:kinesis:us-east-1:123456789012:stream/exports";
    private const string StreamArn = "arn:aws:profile:us-east-1:123456789012:domains/retail/event-streams/orders";
    private readonly ClientHarness _harness = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invoke_ThrottledThenOk_RetriesAfterThrottlingBackoff()
    {
        _harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.TooManyRequests, "ThrottlingException"));
        var started = _harness.Time.GetUtcNow();

        var response = await _harness.RunAsync(_harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct), TimeSpan.FromMilliseconds(100));

        Assert.Equal(2, _harness.Handler.Requests.Count);
        Assert.Equal(HttpStatusCode.OK, response.HttpStatusCode);
        Assert.True(_harness.Time.GetUtcNow() - started >= RetryPolicy.ThrottlingBaseDelay, "the retry waited for the throttling backoff");
    }

    [Fact]
    public async Task Invoke_ServerErrorEveryTime_GivesUpAfterThreeAttempts()
    {
        _harness.Handler.Default = _ => ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException");

        var ex = await Assert.ThrowsAsync<InternalServerException>(() =>
            _harness.RunAsync(_harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct)));

        Assert.Equal(3, _harness.Handler.Requests.Count);
        Assert.Equal(3, ex.Attempts);
    }

    [Fact]
    public async Task Invoke_BadRequest_IsNotRetried()
    {
        _harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException"));

        await Assert.ThrowsAsync<BadRequestException>(() => _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct));

        Assert.Single(_harness.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Invoke_TransientGatewayStatus_Retries(HttpStatusCode status)
    {
        _harness.Handler.Then(ScriptedHandler.Json(status, "<html/>"));

        await _harness.RunAsync(_harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct));

        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Invoke_DroppedConnection_Retries()
    {
        _harness.Handler.ThenThrow(new HttpRequestException("Connection reset by peer"));

        await _harness.RunAsync(_harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct));

        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Invoke_AttemptTimesOut_RetriesThenReportsTimeout()
    {
        var harness = new ClientHarness(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(50));
        harness.Handler.Default = _ => ScriptedHandler.Json(HttpStatusCode.OK, "{}");
        for (var i = 0; i < 3; i++)
        {
            harness.Handler.Then(async r =>
            {
                await Task.Delay(Timeout.Infinite, r.Cancellation);
                return ScriptedHandler.Json(HttpStatusCode.OK, "{}");
            });
        }

        var ex = await Assert.ThrowsAsync<AmazonServiceException>(() =>
            harness.RunAsync(harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct)));

        Assert.Equal("RequestTimeout", ex.ErrorCode);
        Assert.Equal(3, ex.Attempts);
    }

    [Fact]
    public async Task Invoke_CancelledDuringBackoff_StopsWithoutAnotherAttempt()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        _harness.Handler.Then(_ =>
        {
            cts.Cancel();
            return Task.FromResult(ScriptedHandler.Error(HttpStatusCode.TooManyRequests, "ThrottlingException"));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _harness.RunAsync(_harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, cts.Token)));

        Assert.Single(_harness.Handler.Requests);
    }

    [Fact]
    public async Task CreateEventStream_FirstAnswerLostThenAlreadyExists_ReadsBackAndSucceeds()
    {
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "An event stream named 'orders' already exists"))
            .Then(ScriptedHandler.Json(HttpStatusCode.OK, $$$"""
                {"DomainName":"retail","EventStreamArn":"{{{StreamArn}}}","CreatedAt":1,"State":"RUNNING","DestinationDetails":{"Uri":"{{{KinesisArn}}}","Status":"HEALTHY"}}
                """));

        var response = await _harness.RunAsync(_harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct));

        Assert.Equal(StreamArn, response.EventStreamArn);
        Assert.Equal(["POST", "POST", "GET"], _harness.Handler.Requests.Select(r => r.Method));
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

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => _harness.RunAsync(_harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct)));

        Assert.Equal("already exists", ex.Message);
    }

    [Fact]
    public async Task CreateEventStream_ThrottledThenAlreadyExists_ReportsConflictWithoutReadBack()
    {
        // A throttled attempt applied nothing, so "already exists" afterwards is a real conflict.
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.TooManyRequests, "ThrottlingException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "already exists"));

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => _harness.RunAsync(_harness.CustomerProfiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = KinesisArn }, Ct)));

        Assert.False(ex.EarlierAttemptMayHaveApplied);
        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task CreateDomain_AnswerLostThenQuotaRefusal_ReportsTheRefusal()
    {
        _harness.Handler
            .Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"))
            .Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException", "quota reached"))
            .Then(ScriptedHandler.Error(HttpStatusCode.NotFound, "ResourceNotFoundException"));

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => _harness.RunAsync(_harness.CustomerProfiles.CreateDomainAsync(
            new CreateDomainRequest { DomainName = "retail", DefaultExpirationDays = 30 }, Ct)));

        Assert.Equal("quota reached", ex.Message);
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

        var response = await _harness.RunAsync(_harness.CustomerProfiles.DeleteEventStreamAsync(
            new DeleteEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct));

        Assert.Equal(HttpStatusCode.OK, response.HttpStatusCode);
        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task DeleteEventStream_FirstAttemptNotFound_Throws()
    {
        _harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.NotFound, "ResourceNotFoundException"));

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => _harness.CustomerProfiles.DeleteEventStreamAsync(
            new DeleteEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct));
    }

    [Fact]
    public void Backoff_FullJitterAtMaximum_DoublesUpToTwentySeconds()
    {
        var policy = new RetryPolicy(10, () => 1.0);

        Assert.Equal(TimeSpan.FromMilliseconds(100), policy.Backoff(2, throttled: false));
        Assert.Equal(TimeSpan.FromMilliseconds(200), policy.Backoff(3, throttled: false));
        Assert.Equal(TimeSpan.FromMilliseconds(500), policy.Backoff(2, throttled: true));
        Assert.Equal(TimeSpan.FromMilliseconds(1000), policy.Backoff(3, throttled: true));
        Assert.Equal(RetryPolicy.MaxBackoff, policy.Backoff(20, throttled: true));
    }

    [Fact]
    public void Backoff_RandomZero_RetriesAtOnce() =>
        Assert.Equal(TimeSpan.Zero, new RetryPolicy(3, () => 0.0).Backoff(3, throttled: true));

    [Fact]
    public void TryAcquireRetry_QuotaSpent_RefusesUntilSuccessRefills()
    {
        var policy = new RetryPolicy(3);
        var granted = 0;
        while (policy.TryAcquireRetry(timeout: false, out _))
        {
            granted++;
        }

        Assert.Equal(RetryPolicy.InitialQuota / RetryPolicy.RetryCost, granted);
        policy.RecordSuccess(RetryPolicy.RetryCost);
        Assert.True(policy.TryAcquireRetry(timeout: false, out var cost));
        Assert.Equal(RetryPolicy.RetryCost, cost);
    }
}
