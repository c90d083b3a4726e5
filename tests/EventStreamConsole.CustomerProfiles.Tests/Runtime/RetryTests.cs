using System.Net;
using Amazon.CustomerProfiles.Model;
using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

/// <summary>AWSSDK.Core's standard retry mode as the console's clients run it, with the attempt facts our pipeline step records.</summary>
public sealed class RetryTests
{
    private readonly ClientHarness _harness = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invoke_ThrottledThenOk_Retries()
    {
        _harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.TooManyRequests, "ThrottlingException"));

        var response = await _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct);

        Assert.Equal(2, _harness.Handler.Requests.Count);
        Assert.Equal(HttpStatusCode.OK, response.HttpStatusCode);
    }

    [Fact]
    public async Task Invoke_ServerErrorEveryTime_GivesUpAfterThreeAttempts()
    {
        _harness.Handler.Default = _ => ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException");

        var ex = await Assert.ThrowsAsync<InternalServerException>(() => _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct));

        Assert.Equal(3, _harness.Handler.Requests.Count);
        Assert.Equal(3, ex.Attempts());
        Assert.Equal("GetDomain", ex.Operation());
    }

    [Fact]
    public async Task Invoke_MaxAttemptsOption_IsTheCoreRetryLimit()
    {
        var harness = new ClientHarness(o => o.MaxAttempts = 2);
        harness.Handler.Default = _ => ScriptedHandler.Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");

        await Assert.ThrowsAnyAsync<AmazonServiceException>(() => harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct));

        Assert.Equal(2, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Invoke_BadRequest_IsNotRetried()
    {
        _harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.BadRequest, "BadRequestException"));

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct));

        Assert.Single(_harness.Handler.Requests);
        Assert.Equal(1, ex.Attempts());
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Invoke_TransientGatewayStatus_Retries(HttpStatusCode status)
    {
        _harness.Handler.Then(ScriptedHandler.Json(status, "<html/>"));

        await _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct);

        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Invoke_DroppedConnection_Retries()
    {
        _harness.Handler.ThenThrow(new HttpRequestException("Connection reset by peer"));

        await _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct);

        Assert.Equal(2, _harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Invoke_AttemptTimesOut_RetriesThenReportsTimeout()
    {
        var harness = new ClientHarness(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(100));
        harness.Handler.Default = r => throw new InvalidOperationException("no fourth attempt");
        for (var i = 0; i < 3; i++)
        {
            harness.Handler.Then(async r =>
            {
                await Task.Delay(Timeout.Infinite, r.Cancellation);
                return ScriptedHandler.Json(HttpStatusCode.OK, "{}");
            });
        }

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct));

        Assert.Equal(3, ex.Attempts());
        Assert.Equal("GetDomain", ex.Operation());
        Assert.Equal(3, harness.Handler.Requests.Count);
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

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, cts.Token));

        Assert.Single(_harness.Handler.Requests);
    }

    [Fact]
    public async Task Invoke_EveryAttempt_SignedAfresh()
    {
        _harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.InternalServerError, "InternalServerException"));

        await _harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, Ct);

        Assert.All(_harness.Handler.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization"), StringComparison.Ordinal));
        Assert.Equal(2, _harness.Handler.Requests.Select(r => r.Header("amz-sdk-request")).Distinct().Count());
    }
}
