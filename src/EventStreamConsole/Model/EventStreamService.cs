using EventStreamConsole.CustomerProfiles.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.Model.Inventory;
using ResourceNotFoundException = EventStreamConsole.CustomerProfiles.Model.ResourceNotFoundException;

namespace EventStreamConsole.Model;

/// <summary>
/// The scoped UI service over the AWS API. Lists come from the shared inventory (never one GetEventStream per row);
/// detail reads call AWS directly; every change is audited (intent, then outcome) and written back to the inventory.
/// </summary>
public sealed class EventStreamService(RegionClients clients, InventoryStore inventory, AuditLog audit) : IEventStreamService
{
    public string AccountId => clients.Account;

    public IReadOnlyList<string> Regions => clients.Regions;

    public string DefaultRegion => clients.DefaultRegion;

    public InventorySnapshot GetInventory(string region)
    {
        var key = Key(region);
        inventory.EnsureLoaded(key);
        return inventory.Get(key);
    }

    public IDisposable SubscribeInventory(string region, Func<Task> onChanged)
    {
        var key = Key(region);
        void Handler(InventoryKey changed)
        {
            if (changed == key)
            {
                _ = onChanged();
            }
        }

        inventory.Changed += Handler;
        return new Subscription(() => inventory.Changed -= Handler);
    }

    public Task RefreshInventoryAsync(string region, CancellationToken cancellationToken) => inventory.RefreshAsync(Key(region), cancellationToken);

    public async Task RefreshDomainsAsync(string region, IReadOnlyCollection<string> domainNames, CancellationToken cancellationToken)
    {
        var client = clients.Profiles(region);
        foreach (var domain in domainNames)
        {
            try
            {
                var page = await client.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = domain, MaxResults = 100 }, cancellationToken);
                inventory.Update(Key(region), domain, page.Items.FirstOrDefault());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                inventory.Update(Key(region), domain, null, AwsErrorText.Describe(ex, "ListEventStreams"));
            }
        }
    }

    public async Task<EventStreamPage> ListEventStreamsAsync(string region, string domainName, string? nextToken, int pageSize, CancellationToken cancellationToken)
    {
        var page = await clients.Profiles(region).ListEventStreamsAsync(
            new ListEventStreamsRequest { DomainName = domainName, MaxResults = pageSize, NextToken = nextToken }, cancellationToken);
        return new EventStreamPage(page.Items, page.NextToken);
    }

    public async Task<EventStreamDetail> GetEventStreamAsync(string region, string domainName, string eventStreamName, CancellationToken cancellationToken)
    {
        var response = await clients.Profiles(region).GetEventStreamAsync(
            new GetEventStreamRequest { DomainName = domainName, EventStreamName = eventStreamName }, cancellationToken);
        var detail = EventStreamDetail.From(region, eventStreamName, response);
        inventory.Update(Key(region), domainName, detail.ToSummary());
        return detail;
    }

    public async Task<IReadOnlyList<KinesisStreamOption>> ListKinesisStreamsAsync(string region, CancellationToken cancellationToken)
    {
        var streams = new List<KinesisStreamOption>();
        await foreach (var stream in clients.Kinesis(region).ListStreamsPaginator(new ListStreamsRequest { Limit = 100 }).Items.WithCancellation(cancellationToken))
        {
            streams.Add(new KinesisStreamOption(stream.StreamName, stream.StreamArn, stream.StreamStatus.ToString().ToUpperInvariant()));
        }

        return streams;
    }

    public async Task<CreatePrecheck> PrecheckCreateAsync(string region, string domainName, CancellationToken cancellationToken)
    {
        try
        {
            var streams = await clients.Profiles(region).ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = domainName, MaxResults = 1 }, cancellationToken);
            return new CreatePrecheck(true, streams.Items.FirstOrDefault()?.EventStreamName);
        }
        catch (ResourceNotFoundException)
        {
            return new CreatePrecheck(false, null);
        }
    }

    public async Task<string> CreateEventStreamAsync(string region, string domainName, string eventStreamName, string destinationArn,
        IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        var target = $"{region}/{domainName}/{eventStreamName}";
        var entry = await audit.IntentAsync("CreateEventStream", target, null, new { Uri = destinationArn, Tags = tags });
        try
        {
            var response = await clients.Profiles(region).CreateEventStreamAsync(new CreateEventStreamRequest
            {
                DomainName = domainName,
                EventStreamName = eventStreamName,
                Uri = destinationArn,
                Tags = tags.Count == 0 ? null : new Dictionary<string, string>(tags),
            }, cancellationToken);
            audit.Succeeded(entry, response.RequestId);
            await RefreshDomainsAsync(region, [domainName], cancellationToken);
            return response.EventStreamArn;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            audit.Failed(entry, ex);
            throw;
        }
    }

    public async Task DeleteEventStreamAsync(string region, string domainName, string eventStreamName, CancellationToken cancellationToken)
    {
        var entry = await audit.IntentAsync("DeleteEventStream", $"{region}/{domainName}/{eventStreamName}", eventStreamName, null);
        try
        {
            var response = await clients.Profiles(region).DeleteEventStreamAsync(
                new DeleteEventStreamRequest { DomainName = domainName, EventStreamName = eventStreamName }, cancellationToken);
            audit.Succeeded(entry, response.RequestId);
            inventory.Update(Key(region), domainName, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            audit.Failed(entry, ex);
            throw;
        }
    }

    public async Task<TagChangeResult> ApplyTagChangesAsync(string region, string domainName, string resourceArn,
        TagChangeSet changes, CancellationToken cancellationToken)
    {
        var client = clients.Profiles(region);
        var results = new List<TagKeyResult>();
        var upserts = changes.Added.Concat(changes.Changed.Select(c => KeyValuePair.Create(c.Key, c.Value.After)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (upserts.Count > 0)
        {
            var entry = await audit.IntentAsync("TagResource", resourceArn, changes.Changed.ToDictionary(c => c.Key, c => c.Value.Before), upserts);
            try
            {
                var response = await client.TagResourceAsync(new TagResourceRequest { ResourceArn = resourceArn, Tags = upserts }, cancellationToken);
                audit.Succeeded(entry, response.RequestId);
                results.AddRange(upserts.Keys.Select(k => new TagKeyResult(k, changes.Added.ContainsKey(k) ? TagChangeKind.Added : TagChangeKind.Changed, true, null)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                audit.Failed(entry, ex);
                var error = AwsErrorText.Describe(ex, "TagResource");
                results.AddRange(upserts.Keys.Select(k => new TagKeyResult(k, changes.Added.ContainsKey(k) ? TagChangeKind.Added : TagChangeKind.Changed, false, error)));
            }
        }

        if (changes.Removed.Count > 0)
        {
            var entry = await audit.IntentAsync("UntagResource", resourceArn, changes.Removed, null);
            try
            {
                var response = await client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = resourceArn, TagKeys = [.. changes.Removed] }, cancellationToken);
                audit.Succeeded(entry, response.RequestId);
                results.AddRange(changes.Removed.Select(k => new TagKeyResult(k, TagChangeKind.Removed, true, null)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                audit.Failed(entry, ex);
                var error = AwsErrorText.Describe(ex, "UntagResource");
                results.AddRange(changes.Removed.Select(k => new TagKeyResult(k, TagChangeKind.Removed, false, error)));
            }
        }

        await RefreshDomainsAsync(region, [domainName], cancellationToken);
        return new TagChangeResult(results);
    }

    private InventoryKey Key(string region) => new(clients.Account, region);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
