using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Configuration;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EventStreamConsole.Tests.Health;

/// <summary>Deliveries to a real HTTP receiver on loopback that fails at first: retries, no duplicates, signatures.</summary>
public sealed class WebhookDispatcherTests : IAsyncLifetime
{
    private static readonly InventoryKey s_key = new(Streams.Account, Streams.Region);
    private readonly string _directory = Directory.CreateTempSubdirectory("webhooks-").FullName;
    private readonly ConcurrentQueue<(string Body, string? IdempotencyKey, string? Signature)> _received = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
    private int _failuresLeft;
    private WebApplication _receiver = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_directory, "history.db");

    public async ValueTask InitializeAsync()
    {
        _receiver = await LoopbackApp.StartAsync(app => app.MapPost("/hooks/secret-token-in-url", async (HttpRequest request) =>
        {
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                return Results.StatusCode(503);
            }

            using var reader = new StreamReader(request.Body);
            _received.Enqueue((await reader.ReadToEndAsync(), request.Headers["Idempotency-Key"], request.Headers["X-Event-Stream-Console-Signature"]));
            return Results.Ok();
        }), Ct);
    }

    private AlertOptions Options => new()
    {
        PublicUrl = "https://streams.example.com/",
        MaxAttempts = 5,
        Webhooks = [new WebhookOptions { Name = "ops", Url = _receiver.Urls.First() + "/hooks/secret-token-in-url", Secret = "s3cret" }],
    };

    private WebhookDispatcher Dispatcher(HealthHistoryStore store, ILogger<WebhookDispatcher>? logger = null)
    {
        var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        return new WebhookDispatcher(store, services.GetRequiredService<IHttpClientFactory>(), Microsoft.Extensions.Options.Options.Create(Options), _time,
            logger ?? NullLogger<WebhookDispatcher>.Instance);
    }

    private void BreakStream(HealthHistoryStore store)
    {
        var now = _time.GetUtcNow();
        var healthy = Streams.Entry("retail", Streams.Summary("retail"));
        var broken = Streams.Entry("retail", Streams.Summary("retail", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: now.UtcDateTime))
            with { Message = "Kinesis stream was not found" };
        store.Record(new InventorySnapshot(s_key, [healthy], now, false, 1, 1, null), now, _ => ["ops"]);
        store.Record(new InventorySnapshot(s_key, [broken], now, false, 1, 1, null), now, _ => ["ops"]);
    }

    [Fact]
    public async Task Deliver_ReceiverFailsTwice_RetriedWithBackoffThenDeliveredOnce()
    {
        _failuresLeft = 2;
        using var store = new HealthHistoryStore(DatabasePath);
        BreakStream(store);
        var dispatcher = Dispatcher(store);

        await dispatcher.DeliverDueAsync(Ct);
        await dispatcher.DeliverDueAsync(Ct);
        Assert.Empty(_received);
        _time.Advance(TimeSpan.FromSeconds(3));
        await dispatcher.DeliverDueAsync(Ct);
        Assert.Empty(_received);
        _time.Advance(TimeSpan.FromSeconds(6));
        await dispatcher.DeliverDueAsync(Ct);
        _time.Advance(TimeSpan.FromMinutes(10));
        await dispatcher.DeliverDueAsync(Ct);

        var (body, key, signature) = Assert.Single(_received);
        var transition = Assert.Single(store.Query(_time.GetUtcNow().AddDays(-1)));
        Assert.Equal(transition.Id, key);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8.ToArray(), Encoding.UTF8.GetBytes(body))), signature);
        Assert.Contains("\"to\":\"UNHEALTHY\"", body, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"UNHEALTHY: event stream retail/retail-export", body, StringComparison.Ordinal);
        Assert.Contains("https://streams.example.com/domains/retail/streams/retail-export?region=us-east-1\\u0026account=123456789012", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_AcknowledgedOutageRecovers_RecoveryAlertSaysWhoKnewAndWhy()
    {
        using var store = new HealthHistoryStore(DatabasePath);
        BreakStream(store);
        var dispatcher = Dispatcher(store);
        await dispatcher.DeliverDueAsync(Ct);
        var broke = Assert.Single(store.Query(_time.GetUtcNow().AddDays(-1)));
        store.Acknowledge(new OutageAcknowledgement(s_key, "retail", "retail-export", broke.EventStreamArn, broke.At, "IAM role restored, watching",
            "Kenji Sato", "oid-kenji", _time.GetUtcNow().AddMinutes(5)));
        _time.Advance(TimeSpan.FromMinutes(20));
        store.Record(new InventorySnapshot(s_key, [Streams.Entry("retail", Streams.Summary("retail"))], _time.GetUtcNow(), false, 1, 1, null), _time.GetUtcNow(), _ => ["ops"]);

        await dispatcher.DeliverDueAsync(Ct);

        Assert.Equal(2, _received.Count);
        var recovery = _received.Last().Body;
        Assert.Contains("\"to\":\"HEALTHY\"", recovery, StringComparison.Ordinal);
        Assert.Contains("\"acknowledged\":{\"by\":\"Kenji Sato\",\"at\":\"2026-11-28T03:05:00+00:00\",\"note\":\"IAM role restored, watching\"", recovery, StringComparison.Ordinal);
        Assert.Contains("The outage was acknowledged by Kenji Sato at 2026-11-28 03:05 UTC: IAM role restored, watching", recovery, StringComparison.Ordinal);
        Assert.Contains("\"acknowledged\":null", _received.First().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_AfterRestart_NoDuplicate()
    {
        using (var store = new HealthHistoryStore(DatabasePath))
        {
            BreakStream(store);
            await Dispatcher(store).DeliverDueAsync(Ct);
        }

        using var restarted = new HealthHistoryStore(DatabasePath);
        _time.Advance(TimeSpan.FromHours(1));
        await Dispatcher(restarted).DeliverDueAsync(Ct);

        Assert.Single(_received);
    }

    [Fact]
    public async Task Deliver_ReceiverNeverAnswers_GivesUpAfterMaxAttemptsWithoutLoggingTheUrl()
    {
        _failuresLeft = int.MaxValue;
        using var store = new HealthHistoryStore(path: null);
        BreakStream(store);
        var logger = new ListLogger();
        var dispatcher = Dispatcher(store, logger);

        for (var i = 0; i < 10; i++)
        {
            await dispatcher.DeliverDueAsync(Ct);
            _time.Advance(TimeSpan.FromMinutes(6));
        }

        Assert.Empty(store.DueDeliveries(_time.GetUtcNow().AddDays(1), 10));
        Assert.Equal(5, logger.Lines.Count(l => l.Contains("Webhook ops refused", StringComparison.Ordinal)));
        Assert.Contains(logger.Lines, l => l.Contains("giving up", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Lines, l => l.Contains("secret-token-in-url", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class ListLogger : ILogger<WebhookDispatcher>
    {
        public ConcurrentBag<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + " " + string.Join(" ", (state as IEnumerable<KeyValuePair<string, object?>>)?.Select(p => $"{p.Key}={p.Value}") ?? []));
    }
}
