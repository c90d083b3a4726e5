using System.Diagnostics;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using KinesisModel = Amazon.Kinesis.Model;

namespace EventStreamConsole.Tests.Inventory;

/// <summary>
/// The sweep against the real emulator with AWS's TPS enforced: three regions of 12 domains each, one destination broken
/// per region. Calls are counted per second at the emulator.
/// </summary>
public sealed class InventorySweeperTests : IAsyncLifetime
{
    private const int DomainsPerRegion = 12;
    private static readonly string[] s_regions = ["us-east-1", "eu-west-2", "ap-southeast-2"];
    private ConsoleWebApplication _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private InventoryStore Store => _app.Services.GetRequiredService<InventoryStore>();

    private InventorySweeper Sweeper => _app.Services.GetRequiredService<InventorySweeper>();

    private RequestCounter Counter => _app.Emulator!.Services.GetRequiredService<RequestCounter>();

    private FaultInjector Faults => _app.Emulator!.Services.GetRequiredService<FaultInjector>();

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(
        [
            new("Emulator:Seed", "None"),
            new("Emulator:HealthCheckInterval", "00:00:00.200"),
            // Setup only: creating 36 domains and streams at AWS's 1 TPS would take half a minute.
            new("Emulator:Throttling:OperationTps:CreateDomain", "500"),
            new("Emulator:Throttling:OperationTps:CreateEventStream", "500"),
            new("CustomerProfiles:OperationTps:CreateDomain", "400"),
            new("CustomerProfiles:OperationTps:CreateEventStream", "400"),
            new("Console:Regions:0", s_regions[0]),
            new("Console:Regions:1", s_regions[1]),
            new("Console:Regions:2", s_regions[2]),
            new("Sweep:Enabled", "false"),
        ], cancellationToken: Ct);
        await _app.StartAsync(Ct);
        var clients = _app.Services.GetRequiredService<RegionClients>();
        await Task.WhenAll(s_regions.Select(async region =>
        {
            var profiles = clients.Profiles(region);
            var kinesis = clients.Kinesis(region);
            for (var i = 0; i < DomainsPerRegion; i++)
            {
                var name = $"sweep-{region}-{i:00}";
                await kinesis.CreateStreamAsync(new KinesisModel.CreateStreamRequest { StreamName = name, ShardCount = 1 }, Ct);
                await profiles.CreateDomainAsync(new CreateDomainRequest { DomainName = name, DefaultExpirationDays = 30 }, Ct);
                await profiles.CreateEventStreamAsync(new CreateEventStreamRequest
                {
                    DomainName = name, EventStreamName = name + "-export", Uri = $"arn:aws:kinesis:{region}:123456789012:stream/{name}",
                }, Ct);
            }

            // One broken destination per region.
            await kinesis.DeleteStreamAsync(new KinesisModel.DeleteStreamRequest { StreamName = $"sweep-{region}-03" }, Ct);
        }));
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        Counter.Reset();
    }

    [Fact]
    public async Task Sweep_ThreeRegions_NeverAboveAwsTpsAndNothingThrottled()
    {
        await Sweeper.SweepAsync(Ct);

        var calls = Counter.Timeline();
        Assert.DoesNotContain(calls, c => c.Throttled);
        var first = calls.Min(c => c.Timestamp);
        var perSecond = calls.GroupBy(c => (c.Region, c.Operation, Second: (c.Timestamp - first) / Stopwatch.Frequency)).ToList();
        Assert.All(perSecond, g => Assert.True(g.Count() <= 5, $"{g.Key.Operation} in {g.Key.Region}: {g.Count()} calls in second {g.Key.Second}"));
        foreach (var region in s_regions)
        {
            var snapshot = Store.Get(new InventoryKey("123456789012", region));
            Assert.Equal(DomainsPerRegion, snapshot.Entries.Count);
            Assert.All(snapshot.Entries, e => Assert.Null(e.Error));
            var broken = Assert.Single(snapshot.Entries, e => e.Status == EventStreamDestinationStatus.UNHEALTHY);
            Assert.Contains("was not found", broken.Message, StringComparison.Ordinal);
            Assert.Equal(1, calls.Count(c => c.Region == region && c.Operation == "GetEventStream"));
            Assert.Equal(DomainsPerRegion, calls.Count(c => c.Region == region && c.Operation == "ListEventStreams"));
        }
    }

    [Fact]
    public async Task Sweep_TwoAtOnce_OneRefreshPerRegion()
    {
        var before = Store.RefreshesStarted;

        await Task.WhenAll(Sweeper.SweepAsync(Ct), Sweeper.SweepAsync(Ct));

        Assert.Equal(s_regions.Length, Store.RefreshesStarted - before);
        Assert.Equal(s_regions.Length * DomainsPerRegion, Counter.Snapshot().Where(c => c.Operation == "ListEventStreams").Sum(c => c.Calls));
    }

    [Fact]
    public async Task Sweep_InjectedThrottlingAnd500s_RecoversWithEveryDomain()
    {
        Faults.Set("ListEventStreams", new FaultRule { FailNext = 3, ErrorType = "ThrottlingException", StatusCode = 429 });
        Faults.Set("GetEventStream", new FaultRule { FailNext = 2 });

        await Sweeper.SweepAsync(Ct);

        foreach (var region in s_regions)
        {
            var snapshot = Store.Get(new InventoryKey("123456789012", region));
            Assert.Null(snapshot.LastError);
            Assert.All(snapshot.Entries, e => Assert.Null(e.Error));
            Assert.NotNull(Assert.Single(snapshot.Entries, e => e.Status == EventStreamDestinationStatus.UNHEALTHY).Message);
        }
    }

    [Fact]
    public async Task Sweep_OneRegionFails_OthersFreshAndItShowsStaleWithTheError()
    {
        await Sweeper.SweepAsync(Ct);
        var firstRead = Store.Get(new InventoryKey("123456789012", "us-east-1")).RefreshedAt;
        Faults.Set("ListDomains@eu-west-2", new FaultRule { ErrorRate = 1, ErrorType = "InternalServerException", StatusCode = 500 });

        await Sweeper.SweepAsync(Ct);
        var overview = HealthOverview.From(s_regions.Select(r => Store.Get(new InventoryKey("123456789012", r))));

        var failed = overview.Regions.Single(r => r.Key.Region == "eu-west-2");
        Assert.True(failed.IsStale);
        Assert.Contains("InternalServerException", failed.Error, StringComparison.Ordinal);
        Assert.Equal(DomainsPerRegion, failed.Domains);
        Assert.All(overview.Regions.Where(r => r.Key.Region != "eu-west-2"), r => Assert.False(r.IsStale));
        Assert.True(Store.Get(new InventoryKey("123456789012", "us-east-1")).RefreshedAt > firstRead);
        Assert.Equal(3, overview.Unhealthy.Count);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
