using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Inventory;

/// <summary>Two console instances against one AWS (the emulator) sharing the inventory through a real Redis: AWS is read once.</summary>
public sealed class SharedInventoryCacheTests : IAsyncLifetime
{
    private static readonly string[] s_regions = ["eu-west-2", "ap-southeast-2"];
    private RedisServer _redis = null!;
    private WebApplication _emulator = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RequestCounter Counter => _emulator.Services.GetRequiredService<RequestCounter>();

    public async ValueTask InitializeAsync()
    {
        _redis = await RedisServer.StartAsync(Ct);
        _emulator = await LoopbackEmulator.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Seed"] = "Demo",
            ["Emulator:DemoAccountId"] = "123456789012",
        }, cancellationToken: Ct);
    }

    private async Task<ConsoleWebApplication> InstanceAsync(string redis)
    {
        var app = await TestConsole.CreateAsync(
        [
            new("CustomerProfiles:Region", s_regions[0]),
            new("CustomerProfiles:ServiceUrl", _emulator.Urls.First()),
            new("CustomerProfiles:AccessKeyId", "123456789012"),
            new("CustomerProfiles:AccountId", "123456789012"),
            new("CustomerProfiles:SecretAccessKey", "test"),
            new("Console:Regions:0", s_regions[0]),
            new("Console:Regions:1", s_regions[1]),
            new("Auth:Mode", "Unsecured"),
            new("Sweep:Enabled", "false"),
            new("Cache:Redis", redis),
        ], cancellationToken: Ct);
        await app.StartAsync(Ct);
        return app;
    }

    private long ListEventStreamsCalls() => Counter.Snapshot().Where(c => c.Operation == "ListEventStreams").Sum(c => c.Calls);

    [Fact]
    public async Task Sweep_SecondInstanceAfterTheFirst_TakesTheSharedReadWithoutCallingAws()
    {
        await using var first = await InstanceAsync(_redis.ConnectionString);
        await using var second = await InstanceAsync(_redis.ConnectionString);
        Counter.Reset();

        await first.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct);
        var afterFirst = ListEventStreamsCalls();
        await second.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct);

        Assert.Equal(18 + 9, afterFirst);
        Assert.Equal(afterFirst, ListEventStreamsCalls());
        foreach (var region in s_regions)
        {
            var key = new InventoryKey("123456789012", region);
            var a = first.Services.GetRequiredService<InventoryStore>().Get(key);
            var b = second.Services.GetRequiredService<InventoryStore>().Get(key);
            Assert.NotEmpty(b.Entries);
            Assert.Equal(a.Entries.Select(e => (e.DomainName, e.Stream?.EventStreamArn, e.Status, e.Message)), b.Entries.Select(e => (e.DomainName, e.Stream?.EventStreamArn, e.Status, e.Message)));
            Assert.Equal(a.RefreshedAt, b.RefreshedAt);
        }
    }

    [Fact]
    public async Task Sweep_TwoInstancesAtOnce_EachRegionReadFromAwsOnce()
    {
        await using var first = await InstanceAsync(_redis.ConnectionString);
        await using var second = await InstanceAsync(_redis.ConnectionString);
        Counter.Reset();

        await Task.WhenAll(first.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct), second.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct));

        Assert.Equal(18 + 9, ListEventStreamsCalls());
        Assert.Equal(9, second.Services.GetRequiredService<InventoryStore>().Get(new InventoryKey("123456789012", "ap-southeast-2")).Entries.Count);
        Assert.All(s_regions, region => Assert.Equal(
            first.Services.GetRequiredService<InventoryStore>().Get(new InventoryKey("123456789012", region)).Entries.Count,
            second.Services.GetRequiredService<InventoryStore>().Get(new InventoryKey("123456789012", region)).Entries.Count));
    }

    [Fact]
    public async Task Sweep_RedisUnreachable_ReadsAwsItself()
    {
        await using var alone = await InstanceAsync("127.0.0.1:1,connectTimeout=200,syncTimeout=200,asyncTimeout=200");
        Counter.Reset();

        await alone.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct);

        Assert.Equal(18 + 9, ListEventStreamsCalls());
        Assert.Equal(18, alone.Services.GetRequiredService<InventoryStore>().Get(new InventoryKey("123456789012", "eu-west-2")).Entries.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
