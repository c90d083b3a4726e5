using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.Configuration;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Subscriptions;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Tests.Inventory;

/// <summary>
/// The store as the one writer of the inventory, against the embedded emulator's demo (124 domains in us-east-1, TPS
/// raised so a refresh takes a moment): what a detail read, a re-read of domains and a page opening do to it and to
/// its subscribers.
/// </summary>
public sealed class InventoryStoreWriterTests : IAsyncLifetime
{
    private static readonly InventoryKey s_key = new(ConsoleBackend.EmulatorAccountId, "us-east-1");
    private readonly ShiftableTimeProvider _time = new();
    private ConsoleWebApplication _app = null!;
    private int _notified;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private InventoryStore Store => _app.Services.GetRequiredService<InventoryStore>();

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(TestConsole.Settings(
            ("Emulator:Throttling:Enabled", "false"),
            ("Sweep:Enabled", "false"),
            ("CustomerProfiles:OperationTps:ListEventStreams", "500"),
            ("CustomerProfiles:OperationTps:ListDomains", "500"),
            ("CustomerProfiles:OperationTps:GetEventStream", "500")), builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(_time);
        }, Ct);
        await _app.StartAsync(Ct);
        await Store.RefreshAsync(s_key, Ct);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Observe_DetailWithUnchangedCondition_NeitherWritesNorNotifies()
    {
        var before = Store.Get(s_key);
        var entry = before.Entries.First(e => e.HasStream);
        using var subscription = Follow();

        var changed = Store.Observe(s_key, entry.DomainName, Copy(entry.Stream!), "a message the list does not show");
        await subscription.IdleAsync();

        Assert.False(changed);
        Assert.Same(before, Store.Get(s_key));
        Assert.Equal(0, _notified);
    }

    [Fact]
    public async Task Observe_DetailWithChangedHealth_UpdatesTheEntryAndNotifies()
    {
        var entry = Store.Get(s_key).Entries.First(e => e.Status == EventStreamDestinationStatus.HEALTHY);
        using var subscription = Follow();
        var broken = Copy(entry.Stream!);
        broken.DestinationSummary!.Status = EventStreamDestinationStatus.UNHEALTHY;
        broken.DestinationSummary.UnhealthySince = DateTime.UtcNow;

        var changed = Store.Observe(s_key, entry.DomainName, broken, "Kinesis stream not found");
        await subscription.IdleAsync();

        Assert.True(changed);
        var after = Store.Get(s_key).Entries.Single(e => e.DomainName == entry.DomainName);
        Assert.Equal(EventStreamDestinationStatus.UNHEALTHY, after.Status);
        Assert.Equal("Kinesis stream not found", after.Message);
        Assert.Equal(1, _notified);
    }

    [Fact]
    public async Task RefreshDomainsAsync_StreamDeletedAtAws_EntryLosesItAndKeepsItsDomainTags()
    {
        var entries = Store.Get(s_key).Entries;
        var entry = entries.FirstOrDefault(e => e.HasStream && e.DomainTags.Count > 0) ?? entries.First(e => e.HasStream);
        var clients = _app.Services.GetRequiredService<RegionClients>();
        await clients.Profiles(s_key).DeleteEventStreamAsync(
            new DeleteEventStreamRequest { DomainName = entry.DomainName, EventStreamName = entry.Stream!.EventStreamName }, Ct);
        using var subscription = Follow();

        await Store.RefreshDomainsAsync(s_key, [entry.DomainName], Ct);
        await subscription.IdleAsync();

        var after = Store.Get(s_key).Entries.Single(e => e.DomainName == entry.DomainName);
        Assert.False(after.HasStream);
        Assert.Null(after.Error);
        Assert.Equal(entry.DomainTags, after.DomainTags);
        Assert.Equal(1, _notified);
    }

    [Fact]
    public void EnsureFresh_SnapshotYoungerThanStaleAfter_StartsNoRefresh()
    {
        var before = Store.RefreshesStarted;
        _time.Offset = Sweep.StaleAfter - TimeSpan.FromSeconds(5);

        Store.EnsureFresh(s_key);

        Assert.Equal(before, Store.RefreshesStarted);
        Assert.False(Store.Get(s_key).IsRefreshing);
    }

    [Fact]
    public async Task EnsureFresh_SnapshotOlderThanStaleAfter_StartsOneRefresh()
    {
        var before = Store.RefreshesStarted;
        _time.Offset = Sweep.StaleAfter + TimeSpan.FromSeconds(5);

        Store.EnsureFresh(s_key);
        Store.EnsureFresh(s_key);
        await Store.RefreshAsync(s_key, Ct);

        Assert.Equal(before + 1, Store.RefreshesStarted);
    }

    [Fact]
    public async Task ServiceDetailRead_UnchangedStream_CallsAwsOnceAndDoesNotNotify()
    {
        var entry = Store.Get(s_key).Entries.First(e => e.Status == EventStreamDestinationStatus.HEALTHY);
        var counter = _app.Emulator!.Services.GetRequiredService<RequestCounter>();
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Victor Viewer", "EventStreams.Viewer");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        using var subscription = Follow();
        counter.Reset();

        await service.GetEventStreamAsync(s_key, entry.DomainName, entry.Stream!.EventStreamName!, Ct);
        await subscription.IdleAsync();

        Assert.Equal(0, _notified);
        Assert.Equal(["GetEventStream"], counter.Snapshot().Where(c => c.Calls > 0).Select(c => c.Operation));
    }

    private SweepOptions Sweep => _app.Services.GetRequiredService<IOptions<SweepOptions>>().Value;

    private Subscription Follow() => Store.Subscribe("test", k => k == s_key, f => f(), () =>
    {
        Interlocked.Increment(ref _notified);
        return Task.CompletedTask;
    });

    private static EventStreamSummary Copy(EventStreamSummary stream) => new()
    {
        DomainName = stream.DomainName,
        EventStreamName = stream.EventStreamName,
        EventStreamArn = stream.EventStreamArn,
        State = stream.State,
        StoppedSince = stream.StoppedSince,
        DestinationSummary = new DestinationSummary
        {
            Uri = stream.DestinationSummary?.Uri,
            Status = stream.DestinationSummary?.Status,
            UnhealthySince = stream.DestinationSummary?.UnhealthySince,
        },
        // A detail read carries the stream's tags, as the list's read did.
        Tags = stream.Tags is null ? null : new Dictionary<string, string>(stream.Tags),
    };
}
