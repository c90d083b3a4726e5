using System.Collections.Concurrent;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.Configuration;
using EventStreamConsole.Subscriptions;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Inventory;

/// <summary>
/// The shared inventory of every configured (account, region): domains and their event streams, read through the
/// rate-limited client. Listing a region costs one ListEventStreams per domain (100 domains at 5 TPS is 20 s), so pages
/// answer from here at once; a refresh is single flight — however many viewers ask, one refresh runs. It is the one
/// reader of lists from AWS and the one writer of the inventory: the sweep, a change and a page all ask it.
/// </summary>
public sealed class InventoryStore(RegionClients clients, ISharedInventoryCache shared, IOptions<SweepOptions> sweep, TimeProvider time,
    ILogger<InventoryStore> logger, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan s_publishEvery = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<InventoryKey, State> _states = new();
    private readonly Subscribers<InventoryKey> _subscribers = new(s_publishEvery, time, logger);
    private int _refreshesStarted;

    /// <summary>Raised (on a background thread) after a complete, successful read of a region.</summary>
    public event Action<InventorySnapshot>? Refreshed;

    /// <summary>How many full refreshes have started since the app started (single flight makes this small).</summary>
    public int RefreshesStarted => Volatile.Read(ref _refreshesStarted);

    public InventorySnapshot Get(InventoryKey key) => StateOf(key).Snapshot;

    /// <summary>Every (account, region) known so far, as it is now.</summary>
    public IReadOnlyList<InventorySnapshot> Snapshots() => [.. _states.Values.Select(s => s.Snapshot)];

    /// <summary>
    /// Follows the snapshots of the keys that <paramref name="matches"/>: <paramref name="callback"/> runs through
    /// <paramref name="dispatch"/> at most twice a second however fast a region is read. Dispose to stop.
    /// </summary>
    public Subscription Subscribe(string name, Func<InventoryKey, bool> matches, Func<Func<Task>, Task> dispatch, Func<Task> callback) =>
        _subscribers.Subscribe(name, matches, dispatch, callback);

    /// <summary>Starts a refresh unless one is running, and waits for it (the wait, not the refresh, honours the token).</summary>
    public Task RefreshAsync(InventoryKey key, CancellationToken cancellationToken) => Start(key).WaitAsync(cancellationToken);

    /// <summary>
    /// What a page opening a region calls: starts a refresh (without waiting) only when the region was never read or its
    /// picture is older than Sweep:StaleAfter, so pages and the sweep never both read a region that is fresh.
    /// </summary>
    public void EnsureFresh(InventoryKey key)
    {
        var snapshot = Get(key);
        if (!snapshot.IsRefreshing && snapshot.IsOlderThan(sweep.Value.StaleAfter, time.GetUtcNow()))
        {
            Start(key);
        }
    }

    /// <summary>The running refresh of <paramref name="key"/>, started unless one runs; it never throws (failures land in the snapshot).</summary>
    private Task Start(InventoryKey key)
    {
        var state = StateOf(key);
        lock (state)
        {
            if (state.Running is null || state.Running.IsCompleted)
            {
                Interlocked.Increment(ref _refreshesStarted);
                state.Snapshot = state.Snapshot with { IsRefreshing = true, LastError = null };
                state.Running = Task.Run(() => RunRefreshAsync(key, state, lifetime.ApplicationStopping), CancellationToken.None);
                Publish(key);
            }

            return state.Running;
        }
    }

    /// <summary>Re-reads the given domains of a loaded region (after a change, or the rows on screen) and publishes once.</summary>
    public async Task RefreshDomainsAsync(InventoryKey key, IReadOnlyCollection<string> domainNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainNames);
        var state = StateOf(key);
        var client = clients.Profiles(key);
        var read = new List<InventoryEntry>();
        foreach (var name in domainNames.Distinct(StringComparer.Ordinal))
        {
            if (state.Snapshot.Entries.FirstOrDefault(e => e.DomainName == name) is { } previous)
            {
                read.Add(await ReadEntryAsync(client, name, previous.DomainCreatedAt, previous.DomainTags, previous, cancellationToken));
            }
        }

        if (read.Count > 0)
        {
            SetSnapshot(key, state, s => s with { Entries = [.. s.Entries.Select(e => read.FirstOrDefault(r => r.DomainName == e.DomainName) ?? e)] });
        }
    }

    private static bool SameTags(EventStreamSummary? a, EventStreamSummary b)
    {
        var before = a?.Tags ?? [];
        var after = b.Tags ?? [];
        return before.Count == after.Count && before.All(t => after.TryGetValue(t.Key, out var value) && value == t.Value);
    }

    /// <summary>
    /// Takes what a detail read (GetEventStream) saw of one stream. The list changes, and its viewers hear of it, only
    /// when the stream's condition did (state, health, unhealthy since, destination) or its
    /// tags (a bulk edit reports what it wrote): a detail page re-reading every
    /// few seconds costs the list viewers nothing. True when it changed.
    /// </summary>
    public bool Observe(InventoryKey key, string domainName, EventStreamSummary stream, string? message)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var state = StateOf(key);
        lock (state)
        {
            var entries = state.Snapshot.Entries;
            var index = IndexOf(entries, domainName);
            if (index < 0 || (StreamCondition.Same(entries[index].Stream, stream) && SameTags(entries[index].Stream, stream)))
            {
                return false;
            }

            var healthy = stream.DestinationSummary?.Status == EventStreamDestinationStatus.HEALTHY;
            var changed = entries.ToList();
            changed[index] = entries[index] with { Stream = stream, Error = null, Message = healthy ? null : message ?? entries[index].Message };
            state.Snapshot = state.Snapshot with { Entries = changed };
        }

        Publish(key);
        return true;
    }

    private async Task RunRefreshAsync(InventoryKey key, State state, CancellationToken stopping)
    {
        var leased = false;
        if (shared.IsShared)
        {
            (var adopted, leased) = await AdoptSharedAsync(key, state, stopping);
            if (adopted)
            {
                return;
            }
        }

        var client = clients.Profiles(key);
        var started = time.GetTimestamp();
        try
        {
            var domains = await DomainPages.ListAllAsync(client, stopping);

            var previous = state.Snapshot.Entries.ToDictionary(e => e.DomainName, StringComparer.Ordinal);
            var firstLoad = !state.Snapshot.IsLoaded;
            var entries = new List<InventoryEntry>(domains.Count);
            var lastPublish = time.GetTimestamp();
            foreach (var domain in domains)
            {
                entries.Add(await ReadEntryAsync(client, domain.DomainName ?? "", domain.CreatedAt ?? default, domain.Tags ?? new Dictionary<string, string>(),
                    previous.GetValueOrDefault(domain.DomainName ?? ""), stopping));
                if (time.GetElapsedTime(lastPublish) >= s_publishEvery)
                {
                    lastPublish = time.GetTimestamp();
                    SetSnapshot(key, state, s => s with
                    {
                        // A first load shows rows as they arrive; later refreshes keep showing the last complete picture.
                        Entries = firstLoad ? [.. entries] : s.Entries,
                        DomainsRead = entries.Count,
                        DomainsTotal = domains.Count,
                    });
                }
            }

            SetSnapshot(key, state, s => new InventorySnapshot(key, entries, time.GetUtcNow(), false, entries.Count, domains.Count, null));
            RaiseRefreshed(state.Snapshot);
            await ShareAsync(state.Snapshot, leased);
            logger.LogInformation("Inventory of {Account}/{Region} refreshed: {Domains} domains in {Seconds:0.0} s",
                key.Account, key.Region, domains.Count, time.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            SetSnapshot(key, state, s => s with { IsRefreshing = false });
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Inventory refresh of {Account}/{Region} failed", key.Account, key.Region);
            SetSnapshot(key, state, s => s with { IsRefreshing = false, LastError = AwsErrorText.Describe(ex) });
            if (leased)
            {
                // Let another instance try at once instead of waiting for the lease to expire.
                await ReleaseQuietlyAsync(key);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<InventoryEntry> entries, string domainName)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].DomainName == domainName)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The one way a domain is read: its event stream (ListEventStreams), and AWS's reason for a destination that is not
    /// HEALTHY (GetEventStream). When the read fails, what was known stays, with the reason it may be stale.
    /// </summary>
    private static async Task<InventoryEntry> ReadEntryAsync(IAmazonCustomerProfiles client, string domainName, DateTime createdAt,
        IReadOnlyDictionary<string, string> tags, InventoryEntry? previous, CancellationToken cancellationToken)
    {
        try
        {
            var streams = await client.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = domainName, MaxResults = 100 }, cancellationToken);
            var stream = streams.Items?.FirstOrDefault();
            var message = stream?.DestinationSummary?.Status is { } status && status != EventStreamDestinationStatus.HEALTHY
                ? await ReadMessageAsync(client, stream, previous, cancellationToken)
                : null;
            return new InventoryEntry(domainName, createdAt, tags, stream, Message: message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new InventoryEntry(domainName, createdAt, tags, previous?.Stream, AwsErrorText.Describe(ex), previous?.Message);
        }
    }

    /// <summary>
    /// With a shared second level (several instances), a region another instance read recently is taken from there, and
    /// only the instance holding the region's lease reads it from AWS; the others wait for its result (at most the lease
    /// time). Transitions and alerts are recorded by the instance that read AWS. If the shared cache cannot be reached,
    /// this instance reads AWS itself.
    /// </summary>
    private async Task<(bool Adopted, bool Leased)> AdoptSharedAsync(InventoryKey key, State state, CancellationToken stopping)
    {
        var asked = time.GetUtcNow();
        try
        {
            var cached = await shared.GetAsync(key, stopping);
            if (cached?.RefreshedAt is { } read && asked - read < sweep.Value.Interval / 2)
            {
                Adopt(key, state, cached);
                return (true, false);
            }

            var deadline = asked + LeaseTime;
            while (time.GetUtcNow() < deadline)
            {
                if (await shared.TryLeaseAsync(key, LeaseTime, stopping))
                {
                    return (false, true);
                }

                await Task.Delay(TimeSpan.FromSeconds(1), time, stopping);
                cached = await shared.GetAsync(key, stopping);
                if (cached?.RefreshedAt is { } newer && newer >= asked)
                {
                    Adopt(key, state, cached);
                    return (true, false);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The shared inventory cache could not be used for {Key}; reading AWS directly", key);
        }

        return (false, false);
    }

    private async Task ReleaseQuietlyAsync(InventoryKey key)
    {
        try
        {
            await shared.ReleaseAsync(key, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The shared lease of {Key} could not be released; it expires by itself", key);
        }
    }

    private TimeSpan LeaseTime => sweep.Value.Interval > TimeSpan.FromMinutes(2) ? sweep.Value.Interval : TimeSpan.FromMinutes(2);

    private void Adopt(InventoryKey key, State state, InventorySnapshot cached)
    {
        SetSnapshot(key, state, _ => cached with { Key = key, IsRefreshing = false, LastError = null });
        logger.LogInformation("Inventory of {Key} taken from the shared cache (read at {ReadAt})", key, cached.RefreshedAt);
    }

    private async Task ShareAsync(InventorySnapshot snapshot, bool leased)
    {
        if (!shared.IsShared)
        {
            return;
        }

        try
        {
            var keep = sweep.Value.Interval * 10 > TimeSpan.FromHours(1) ? sweep.Value.Interval * 10 : TimeSpan.FromHours(1);
            await shared.SetAsync(snapshot, keep, CancellationToken.None);
            if (leased)
            {
                await shared.ReleaseAsync(snapshot.Key, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The read of {Key} could not be shared with the other instances", snapshot.Key);
        }
    }

    /// <summary>
    /// Only GetEventStream says why a destination is broken; it is asked for streams that are not HEALTHY, so a sweep costs
    /// one extra call per broken destination, not per stream. When it fails, the last known reason is kept.
    /// </summary>
    private static async Task<string?> ReadMessageAsync(IAmazonCustomerProfiles client, EventStreamSummary stream, InventoryEntry? previous, CancellationToken stopping)
    {
        try
        {
            var detail = await client.GetEventStreamAsync(new GetEventStreamRequest { DomainName = stream.DomainName, EventStreamName = stream.EventStreamName }, stopping);
            return detail.DestinationDetails?.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return previous?.Message;
        }
    }

    private void SetSnapshot(InventoryKey key, State state, Func<InventorySnapshot, InventorySnapshot> change)
    {
        lock (state)
        {
            state.Snapshot = change(state.Snapshot);
        }

        Publish(key);
    }

    private void Publish(InventoryKey key)
    {
        // While the app stops, circuits are torn down with it; a late push would render into a disposed container.
        if (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            _subscribers.Notify(key);
        }
    }

    private void RaiseRefreshed(InventorySnapshot snapshot)
    {
        try
        {
            Refreshed?.Invoke(snapshot);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Recording what the refresh of {Key} found failed", snapshot.Key);
        }
    }

    private State StateOf(InventoryKey key) => _states.GetOrAdd(key, k => new State(InventorySnapshot.Empty(k)));

    private sealed class State(InventorySnapshot snapshot)
    {
        public InventorySnapshot Snapshot { get; set; } = snapshot;

        public Task? Running { get; set; }
    }
}
