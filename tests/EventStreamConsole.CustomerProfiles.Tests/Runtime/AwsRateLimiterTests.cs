using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

public sealed class AwsRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AcquireAsync_FiveTps_SpacesCallsTwoHundredMillisecondsApart()
    {
        var limiter = new AwsRateLimiter(_time);

        await limiter.AcquireAsync("111122223333", "us-east-1", "ListEventStreams", 5, Ct);
        var second = limiter.AcquireAsync("111122223333", "us-east-1", "ListEventStreams", 5, Ct).AsTask();
        var third = limiter.AcquireAsync("111122223333", "us-east-1", "ListEventStreams", 5, Ct).AsTask();

        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(200));
        await third;
    }

    [Fact]
    public async Task AcquireAsync_DifferentAccountRegionOrOperation_DoNotWaitForEachOther()
    {
        var limiter = new AwsRateLimiter(_time);
        await limiter.AcquireAsync("111122223333", "us-east-1", "CreateEventStream", 1, Ct);

        var otherOperation = limiter.AcquireAsync("111122223333", "us-east-1", "GetEventStream", 5, Ct);
        var otherRegion = limiter.AcquireAsync("111122223333", "eu-west-2", "CreateEventStream", 1, Ct);
        var otherAccount = limiter.AcquireAsync("444455556666", "us-east-1", "CreateEventStream", 1, Ct);
        var sameKey = limiter.AcquireAsync("111122223333", "us-east-1", "CreateEventStream", 1, Ct);

        Assert.True(otherOperation.IsCompleted);
        Assert.True(otherRegion.IsCompleted);
        Assert.True(otherAccount.IsCompleted);
        Assert.False(sameKey.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await sameKey;
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_Throws()
    {
        var limiter = new AwsRateLimiter(_time);
        await limiter.AcquireAsync("a", "r", "op", 1, Ct);
        using var cts = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync("a", "r", "op", 1, cts.Token).AsTask();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Client_BurstOfCreates_SentAtOnePerSecond()
    {
        var harness = new ClientHarness(o => o.RateLimitingEnabled = true);
        var started = harness.Time.GetUtcNow();
        var sentAt = new List<TimeSpan>();
        harness.Handler.Default = _ =>
        {
            sentAt.Add(harness.Time.GetUtcNow() - started);
            return ScriptedHandler.Json(System.Net.HttpStatusCode.OK, """{"EventStreamArn":"x"}""");
        };

        var creates = Enumerable.Range(0, 3).Select(i => harness.CustomerProfiles.CreateEventStreamAsync(new CreateEventStreamRequest
        {
            DomainName = $"d{i}", EventStreamName = "s", Uri = "arn:aws:kinesis:us-east-1:123456789012:stream/k",
        }, Ct)).ToArray();
        await harness.RunAsync(Task.WhenAll(creates).ContinueWith(_ => 0, Ct), TimeSpan.FromMilliseconds(100));

        Assert.Equal(3, sentAt.Count);
        Assert.True(sentAt[1] - sentAt[0] >= TimeSpan.FromSeconds(0.99), $"second create {sentAt[1] - sentAt[0]} after the first");
        Assert.True(sentAt[2] - sentAt[1] >= TimeSpan.FromSeconds(0.99), $"third create {sentAt[2] - sentAt[1]} after the second");
    }

    [Fact]
    public async Task Client_ListsWithTpsOverride_PacedAtNinetyFivePercentOfIt()
    {
        var harness = new ClientHarness(o =>
        {
            o.RateLimitingEnabled = true;
            o.AccountId = "123456789012";
            o.OperationTps = new() { ["ListDomains"] = 2 };
        });
        var started = harness.Time.GetUtcNow();
        var sentAt = new List<TimeSpan>();
        harness.Handler.Default = _ =>
        {
            sentAt.Add(harness.Time.GetUtcNow() - started);
            return ScriptedHandler.Json(System.Net.HttpStatusCode.OK, "{}");
        };

        var lists = Enumerable.Range(0, 2).Select(_ => harness.CustomerProfiles.ListDomainsAsync(new ListDomainsRequest(), Ct)).ToArray();
        await harness.RunAsync(Task.WhenAll(lists).ContinueWith(_ => 0, Ct), TimeSpan.FromMilliseconds(20));

        Assert.True(sentAt[1] - sentAt[0] >= TimeSpan.FromSeconds(1 / (2 * PacingHandler.PacingMargin)) - TimeSpan.FromMilliseconds(1), $"{sentAt[1] - sentAt[0]} apart");
    }

    [Fact]
    public async Task Client_RetryAfterThrottling_IsPacedLikeAFirstAttempt()
    {
        var harness = new ClientHarness(o => { o.RateLimitingEnabled = true; o.AccountId = "123456789012"; });
        var started = harness.Time.GetUtcNow();
        var sentAt = new List<TimeSpan>();
        harness.Handler.Default = _ =>
        {
            sentAt.Add(harness.Time.GetUtcNow() - started);
            return sentAt.Count == 1
                ? ScriptedHandler.Error(System.Net.HttpStatusCode.TooManyRequests, "ThrottlingException")
                : ScriptedHandler.Json(System.Net.HttpStatusCode.OK, """{"EventStreamArn":"x"}""");
        };

        await harness.RunAsync(harness.CustomerProfiles.CreateEventStreamAsync(new CreateEventStreamRequest
        {
            DomainName = "d", EventStreamName = "s", Uri = "arn:aws:kinesis:us-east-1:123456789012:stream/k",
        }, Ct), TimeSpan.FromMilliseconds(100));

        Assert.Equal(2, sentAt.Count);
        Assert.True(sentAt[1] - sentAt[0] >= TimeSpan.FromSeconds(0.99), $"the retry went out {sentAt[1] - sentAt[0]} after the first attempt");
    }

    [Fact]
    public void OperationQuotas_Defaults_MatchAwsDocumentedTps()
    {
        Assert.Equal(1, OperationQuotas.For("CreateEventStream"));
        Assert.Equal(5, OperationQuotas.For("ListEventStreams"));
        Assert.Equal(5, OperationQuotas.For("GetEventStream"));
        Assert.Equal(10, OperationQuotas.For("ListEventStreams", new Dictionary<string, double> { ["ListEventStreams"] = 10 }));
    }
}
