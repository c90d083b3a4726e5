using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Health;

/// <summary>/health/destinations, /metrics and alerts, through the real app on the demo emulator (read quickly: a raised List quota).</summary>
public sealed class HealthEndpointsTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _alerts = new();
    private WebApplication _receiver = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _receiver = await LoopbackApp.StartAsync(app => app.MapPost("/alerts", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            _alerts.Enqueue(await reader.ReadToEndAsync());
            return Results.NoContent();
        }), Ct);
    }

    private async Task<ConsoleWebApplication> StartAsync(params (string Key, string Value)[] settings)
    {
        var app = await TestConsole.CreateAsync(
        [
            new("Emulator:HealthCheckInterval", "00:00:00.200"),
            new("Emulator:Throttling:OperationTps:ListEventStreams", "400"),
            new("CustomerProfiles:OperationTps:ListEventStreams", "300"),
            new("Sweep:Enabled", "false"),
            new("Alerts:Webhooks:0:Name", "ops-channel"),
            new("Alerts:Webhooks:0:Url", _receiver.Urls.First() + "/alerts"),
            .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)),
        ], cancellationToken: Ct);
        await app.StartAsync(Ct);
        return app;
    }

    [Fact]
    public async Task Destinations_OutagesLongerThanThreshold_503ListingThem()
    {
        await using var app = await StartAsync(("Health:UnhealthyThreshold", "00:15:00"));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        using var before = await http.GetAsync("/health/destinations", Ct);
        await app.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct);

        using var response = await http.GetAsync("/health/destinations", Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("\"status\":\"starting\"", await before.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("failing", root.GetProperty("status").GetString());
        Assert.Equal(900, root.GetProperty("unhealthyThresholdSeconds").GetInt64());
        var failing = root.GetProperty("failing").EnumerateArray().ToList();
        Assert.NotEmpty(failing);
        Assert.All(failing, f => Assert.True(f.GetProperty("unhealthyForSeconds").GetInt64() > 900));
        Assert.All(failing, f => Assert.Contains("not found", f.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal(root.GetProperty("unhealthy").GetInt32(), root.GetProperty("unhealthyDestinations").GetArrayLength());
    }

    [Fact]
    public async Task Destinations_EveryOutageShorterThanThreshold_200()
    {
        await using var app = await StartAsync(("Health:UnhealthyThreshold", "30.00:00:00"));
        await app.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await http.GetAsync("/health/destinations", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"ok\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AfterASweep_StreamsByStatusStateAccountAndRegion()
    {
        await using var app = await StartAsync();
        await app.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var text = await http.GetStringAsync("/metrics", Ct);
        var unhealthyEast = app.Services.GetRequiredService<InventoryStore>().Get(new InventoryKey("123456789012", "us-east-1"))
            .Entries.Count(e => e.HasStream && e.Status == EventStreamDestinationStatus.UNHEALTHY);

        Assert.Contains($"event_stream_console_event_streams{{otel_scope_name=\"EventStreamConsole\",account=\"123456789012\",region=\"us-east-1\",state=\"RUNNING\",status=\"UNHEALTHY\"}} {unhealthyEast}", text, StringComparison.Ordinal);
        Assert.Contains("event_stream_console_sweep_duration_seconds_count", text, StringComparison.Ordinal);
        Assert.Contains("aws_client_attempts_total{otel_scope_name=\"EventStreamConsole.Aws\",aws_operation=\"ListEventStreams\",aws_region=\"eu-west-2\",outcome=\"success\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_DestinationBreaksAndHeals_TwoTransitionsAndOneAlertEach()
    {
        await using var app = await StartAsync();
        var sweeper = app.Services.GetRequiredService<InventorySweeper>();
        var clients = app.Services.GetRequiredService<RegionClients>();
        var history = app.Services.GetRequiredService<HealthHistoryStore>();
        await sweeper.SweepAsync(Ct);
        var stream = app.Services.GetRequiredService<InventoryStore>().Get(new InventoryKey("123456789012", "eu-west-2")).Entries
            .First(e => e.HasStream && e.Status == EventStreamDestinationStatus.HEALTHY && e.Stream!.State == EventStreamState.RUNNING);
        var destination = stream.DestinationName!;

        await clients.Kinesis("eu-west-2").DeleteStreamAsync(new DeleteStreamRequest { StreamName = destination }, Ct);
        await WaitForStatusAsync(clients, stream, EventStreamDestinationStatus.UNHEALTHY);
        await sweeper.SweepAsync(Ct);
        await clients.Kinesis("eu-west-2").CreateStreamAsync(new CreateStreamRequest { StreamName = destination, ShardCount = 1 }, Ct);
        await WaitForStatusAsync(clients, stream, EventStreamDestinationStatus.HEALTHY);
        await sweeper.SweepAsync(Ct);
        await sweeper.SweepAsync(Ct);

        var transitions = history.Query(DateTimeOffset.UtcNow.AddHours(-1)).Where(t => t.DomainName == stream.DomainName).OrderBy(t => t.ObservedAt).ToList();
        Assert.Equal(["UNHEALTHY", "HEALTHY"], transitions.Select(t => t.To));
        Assert.All(transitions, t => Assert.False(t.FirstSeen));
        for (var i = 0; i < 100 && _alerts.Count < 2; i++)
        {
            await Task.Delay(50, Ct);
        }

        var alerts = _alerts.Where(a => a.Contains(stream.DomainName, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Contains("\"to\":\"UNHEALTHY\"", alerts[0], StringComparison.Ordinal);
        Assert.Contains("\"to\":\"HEALTHY\"", alerts[1], StringComparison.Ordinal);
    }

    private static async Task WaitForStatusAsync(RegionClients clients, InventoryEntry entry, EventStreamDestinationStatus status)
    {
        for (var i = 0; i < 100; i++)
        {
            var detail = await clients.Profiles("eu-west-2").GetEventStreamAsync(
                new GetEventStreamRequest { DomainName = entry.DomainName, EventStreamName = entry.Stream!.EventStreamName }, Ct);
            if (detail.DestinationDetails?.Status == status)
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"{entry.DomainName} did not turn {status}");
    }

    public async ValueTask DisposeAsync() => await _receiver.DisposeAsync();
}
