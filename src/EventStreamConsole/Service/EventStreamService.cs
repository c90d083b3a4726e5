using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service.Changes;
using EventStreamConsole.Subscriptions;
using EventStreamConsole.ViewModels;
using ResourceNotFoundException = Amazon.CustomerProfiles.Model.ResourceNotFoundException;

namespace EventStreamConsole.Service;

/// <summary>
/// The scoped UI service over the AWS API. Every operation checks the user's roles here, whatever the UI shows. Lists come
/// from the shared inventory (never one GetEventStream per row); detail reads call AWS directly; every change and every
/// refused attempt is audited (intent before the AWS call, outcome after); after a change it asks the inventory to re-read
/// the domain, and never writes into the inventory itself.
/// </summary>
public sealed partial class EventStreamService(RegionClients clients, InventoryStore inventory, AuditLog audit, AuditStore auditStore, HealthHistoryStore history,
    UserContext user, LostAnswerSettlement lostAnswers, TimeProvider time, DestinationReader destinations, TagWriter tags, DestinationMover mover, BulkChanges.BulkJobs jobs, BulkChanges.BulkTagWork bulkTags)
    : IEventStreamService
{
    public string AccountId => clients.Account;

    public IReadOnlyList<string> Regions => clients.Regions;

    public string DefaultRegion => clients.DefaultRegion;

    public IReadOnlyList<ConsoleAccount> Accounts => clients.Accounts;

    public ConsoleAccount AccountOf(string? accountId) => clients.AccountOf(accountId);

    public Task<ConsoleUser> GetUserAsync() => user.GetAsync();

    public async Task<InventorySnapshot> GetInventoryAsync(InventoryKey at)
    {
        await user.DemandAsync(ConsolePermission.View);
        inventory.EnsureFresh(at);
        return inventory.Get(at);
    }

    public async Task<Subscription> SubscribeInventoryAsync(InventoryKey at, Func<Func<Task>, Task> dispatch, Func<Task> onChanged)
    {
        await user.DemandAsync(ConsolePermission.View);
        return inventory.Subscribe($"inventory {at}", key => key == at, dispatch, onChanged);
    }

    public async Task<HealthOverview> GetHealthOverviewAsync()
    {
        await user.DemandAsync(ConsolePermission.View);
        var keys = clients.Keys;
        foreach (var key in keys)
        {
            inventory.EnsureFresh(key);
        }

        return HealthOverview.From(keys.Select(inventory.Get));
    }

    public async Task<Subscription> SubscribeHealthAsync(Func<Func<Task>, Task> dispatch, Func<Task> onChanged)
    {
        await user.DemandAsync(ConsolePermission.View);
        var keys = clients.Keys.ToHashSet();
        return inventory.Subscribe("health", keys.Contains, dispatch, onChanged);
    }

    public async Task<HealthHistory> GetHistoryAsync(DateTimeOffset since, string? eventStreamArn, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.View);
        cancellationToken.ThrowIfCancellationRequested();
        return history.Window(since, eventStreamArn);
    }

    public async Task RefreshInventoryAsync(InventoryKey at, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.View);
        await inventory.RefreshAsync(at, cancellationToken);
    }

    public async Task RefreshDomainsAsync(InventoryKey at, IReadOnlyCollection<string> domainNames, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.View);
        await inventory.RefreshDomainsAsync(at, domainNames, cancellationToken);
    }

    public async Task<EventStreamPage> ListEventStreamsAsync(InventoryKey at, string domainName, string? nextToken, int pageSize, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.View);
        var page = await clients.Profiles(at).ListEventStreamsAsync(
            new ListEventStreamsRequest { DomainName = domainName, MaxResults = pageSize, NextToken = nextToken }, cancellationToken);
        return new EventStreamPage(page.Items ?? [], page.NextToken);
    }

    public async Task<EventStreamDetail> GetEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.View);
        return await ReadAsync(at, domainName, eventStreamName, cancellationToken);
    }

    public async Task<IReadOnlyList<KinesisStreamOption>> ListKinesisStreamsAsync(InventoryKey at, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.View);
        var streams = new List<KinesisStreamOption>();
        await foreach (var stream in clients.Kinesis(at).Paginators.ListStreams(new ListStreamsRequest { Limit = 100 }).StreamSummaries.WithCancellation(cancellationToken))
        {
            streams.Add(new KinesisStreamOption(stream.StreamName ?? "", stream.StreamARN ?? "", WireLabels.Of(stream.StreamStatus)));
        }

        return streams;
    }

    public async Task<CreatePrecheck> PrecheckCreateAsync(InventoryKey at, string domainName, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.View);
        try
        {
            var streams = await clients.Profiles(at).ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = domainName, MaxResults = 1 }, cancellationToken);
            return new CreatePrecheck(true, streams.Items?.FirstOrDefault()?.EventStreamName);
        }
        catch (ResourceNotFoundException)
        {
            return new CreatePrecheck(false, null);
        }
    }

    public async Task<string> CreateEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, string destinationArn,
        IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken, IProgress<ChangeProgress>? progress = null)
    {
        var target = Target(at, domainName, eventStreamName);
        var after = new Dictionary<string, string?> { ["Uri"] = destinationArn };
        foreach (var (key, value) in tags)
        {
            after[AuditKeys.Tag(key)] = value;
        }

        var actor = await DemandOrRecordAsync(ConsolePermission.CreateStream, AuditActions.CreateEventStream, target, after);
        var intent = await audit.IntentAsync(actor, AuditActions.CreateEventStream, target, null, after);
        CreateEventStreamResponse response;
        try
        {
            response = await clients.Profiles(at).CreateEventStreamAsync(new CreateEventStreamRequest
            {
                DomainName = domainName,
                EventStreamName = eventStreamName,
                Uri = destinationArn,
                Tags = tags.Count == 0 ? null : new Dictionary<string, string>(tags),
            }, cancellationToken);
        }
        catch (Exception ex) when (ChangeOutcome.MayHaveApplied(ex))
        {
            var applied = await lostAnswers.SettleAsync(at, intent, domainName, eventStreamName, destinationArn, ex, progress, cancellationToken);
            await inventory.RefreshDomainsAsync(at, [domainName], cancellationToken);
            if (applied is null)
            {
                throw;
            }

            return applied.EventStreamArn ?? target.Arn;
        }
        catch (Exception ex)
        {
            await RecordFailureAsync(intent, ex);
            throw;
        }

        await audit.SucceededAsync(intent, response.ResponseMetadata?.RequestId);
        await inventory.RefreshDomainsAsync(at, [domainName], cancellationToken);
        return response.EventStreamArn ?? target.Arn;
    }

    public async Task DeleteEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, CancellationToken cancellationToken,
        IProgress<ChangeProgress>? progress = null)
    {
        var target = Target(at, domainName, eventStreamName);
        var actor = await DemandOrRecordAsync(ConsolePermission.DeleteStream, AuditActions.DeleteEventStream, target, null);
        // What is about to go, for the trail: destination, state and tags. A stream already gone is still attempted (AWS says 404).
        Dictionary<string, string?> before = [];
        try
        {
            var current = await ReadAsync(at, domainName, eventStreamName, cancellationToken);
            target = target with { Arn = current.EventStreamArn };
            before["Uri"] = current.DestinationUri;
            before["State"] = WireLabels.Of(current.State);
            foreach (var (key, value) in current.Tags)
            {
                before[AuditKeys.Tag(key)] = value;
            }
        }
        catch (ResourceNotFoundException)
        {
        }

        var intent = await audit.IntentAsync(actor, AuditActions.DeleteEventStream, target, before, null);
        DeleteEventStreamResponse response;
        try
        {
            response = await clients.Profiles(at).DeleteEventStreamAsync(
                new DeleteEventStreamRequest { DomainName = domainName, EventStreamName = eventStreamName }, cancellationToken);
        }
        catch (Exception ex) when (ChangeOutcome.MayHaveApplied(ex))
        {
            var applied = await lostAnswers.SettleAsync(at, intent, domainName, eventStreamName, null, ex, progress, cancellationToken);
            await inventory.RefreshDomainsAsync(at, [domainName], cancellationToken);
            if (applied is null)
            {
                throw;
            }

            return;
        }
        catch (Exception ex)
        {
            await RecordFailureAsync(intent, ex);
            throw;
        }

        await audit.SucceededAsync(intent, response.ResponseMetadata?.RequestId);
        await inventory.RefreshDomainsAsync(at, [domainName], cancellationToken);
    }

    public async Task<TagChangeResult> ApplyTagChangesAsync(InventoryKey at, string domainName, string resourceArn,
        TagChangeSet changes, CancellationToken cancellationToken)
    {
        var target = CustomerProfilesArn.TryParse(resourceArn, out _, out _, out _, out var streamName)
            ? new AuditTarget(at.Region, domainName, streamName ?? "", resourceArn)
            : new AuditTarget(at.Region, domainName, "", resourceArn);
        var actor = await DemandTagsOrRecordAsync(target, TagWriter.Upserts(changes), changes.Removed);
        var result = await tags.ApplyAsync(actor, at, target, changes, null, cancellationToken);
        await inventory.RefreshDomainsAsync(at, [domainName], cancellationToken);
        return result;
    }

    public async Task<AuditPage> QueryAuditAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.ViewAudit);
        return await auditStore.QueryAsync(query, skip, take, cancellationToken);
    }

    private async Task<ConsoleUser> DemandOrRecordAsync(ConsolePermission permission, string action, AuditTarget target, IReadOnlyDictionary<string, string?>? after)
    {
        try
        {
            return await user.DemandAsync(permission);
        }
        catch (ConsoleAccessDeniedException refused)
        {
            await audit.RefusedAsync(refused.User, action, target, refused.Message, after);
            throw;
        }
    }

    private async Task<ConsoleUser> DemandTagsOrRecordAsync(AuditTarget target, Dictionary<string, string> upserts, IReadOnlyList<string> removed)
    {
        try
        {
            return await user.DemandAsync(ConsolePermission.EditTags);
        }
        catch (ConsoleAccessDeniedException refused)
        {
            if (upserts.Count > 0)
            {
                await audit.RefusedAsync(refused.User, AuditActions.TagResource, target, refused.Message, upserts.ToDictionary(p => AuditKeys.Tag(p.Key), p => (string?)p.Value));
            }

            if (removed.Count > 0)
            {
                await audit.RefusedAsync(refused.User, AuditActions.UntagResource, target, refused.Message, removed.ToDictionary(AuditKeys.Tag, _ => (string?)null));
            }

            throw;
        }
    }

    private Task RecordFailureAsync(AuditRecord intent, Exception exception) =>
        exception is OperationCanceledException ? audit.CancelledAsync(intent) : audit.FailedAsync(intent, exception);

    private async Task<EventStreamDetail> ReadAsync(InventoryKey at, string domainName, string eventStreamName, CancellationToken cancellationToken)
    {
        var response = await clients.Profiles(at).GetEventStreamAsync(
            new GetEventStreamRequest { DomainName = domainName, EventStreamName = eventStreamName }, cancellationToken);
        var detail = EventStreamDetail.From(at.Region, eventStreamName, response);
        inventory.Observe(at, domainName, detail.ToSummary(), detail.Message);
        return detail;
    }

    private static AuditTarget Target(InventoryKey at, string domainName, string eventStreamName) =>
        new(at.Region, domainName, eventStreamName, CustomerProfilesArn.EventStream(at.Region, at.Account, domainName, eventStreamName));

}
