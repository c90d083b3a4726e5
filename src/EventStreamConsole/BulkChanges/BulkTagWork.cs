using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Service.Changes;

namespace EventStreamConsole.BulkChanges;

/// <summary>
/// A bulk tag edit's work on one stream: read its tags as they are now (GetEventStream), plan the edit against them, skip
/// it when nothing would change, refuse it when it would pass 50 tags, else send only the named keys through
/// <see cref="TagWriter"/> (audited under the batch's operation id) and tell the inventory what was written.
/// </summary>
public sealed class BulkTagWork(RegionClients clients, TagWriter tags, InventoryStore inventory)
{
    public async Task<BulkItem> ApplyAsync(ConsoleUser actor, InventoryKey at, BulkTagEdit edit, string operationId, BulkTarget target,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(target);
        EventStreamDetail current;
        try
        {
            var response = await clients.Profiles(at).GetEventStreamAsync(
                new GetEventStreamRequest { DomainName = target.DomainName, EventStreamName = target.EventStreamName }, cancellationToken);
            current = EventStreamDetail.From(at.Region, target.EventStreamName, response);
        }
        catch (ResourceNotFoundException ex)
        {
            return new BulkItem(target, BulkItemStatus.Failed, "The stream no longer exists; nothing was sent.", ex.RequestId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(target, ex, "Could not read the stream's tags, so nothing was sent");
        }

        var plan = edit.PlanFor(current.Tags);
        if (plan.ChangesNothing)
        {
            return new BulkItem(target, BulkItemStatus.Skipped, plan.Describe());
        }

        if (plan.LimitError is { } limit)
        {
            return new BulkItem(target, BulkItemStatus.Failed, limit + " Nothing was sent.");
        }

        var result = await tags.ApplyAsync(actor, at, new AuditTarget(at.Region, target.DomainName, target.EventStreamName, current.EventStreamArn),
            plan.ToChangeSet(), operationId, cancellationToken);
        inventory.Observe(at, target.DomainName, (current with { Tags = Written(current.Tags, plan, result) }).ToSummary(), current.Message);
        var requestIds = string.Join(", ", result.Keys.Select(k => k.RequestId).OfType<string>().Distinct(StringComparer.Ordinal));
        if (result.AllSucceeded)
        {
            return new BulkItem(target, BulkItemStatus.Succeeded, plan.Describe(), requestIds.Length == 0 ? null : requestIds);
        }

        var failed = result.Keys.Where(k => !k.Succeeded).ToList();
        var applied = result.Keys.Where(k => k.Succeeded).Select(k => k.Key).ToList();
        var reason = failed[0].Reason ?? failed[0].Error ?? "AWS refused the change.";
        var detail = applied.Count == 0
            ? $"Not changed: {reason}"
            : $"Partly changed ({string.Join(", ", applied)} done; {string.Join(", ", failed.Select(k => k.Key))} not): {reason}";
        return new BulkItem(target, BulkItemStatus.Failed, detail, requestIds.Length == 0 ? null : requestIds);
    }

    /// <summary>The tags after the keys that went through.</summary>
    private static Dictionary<string, string> Written(IReadOnlyDictionary<string, string> before, StreamTagPlan plan, TagChangeResult result)
    {
        var after = new Dictionary<string, string>(before, StringComparer.Ordinal);
        foreach (var key in result.Keys.Where(k => k.Succeeded))
        {
            if (key.Kind == TagChangeKind.Removed)
            {
                after.Remove(key.Key);
            }
            else
            {
                after[key.Key] = plan.Added.TryGetValue(key.Key, out var added) ? added : plan.Changed[key.Key].After;
            }
        }

        return after;
    }

    private static BulkItem Failed(BulkTarget target, Exception exception, string failedTo)
    {
        var explained = AwsErrorText.Explain(exception, failedTo);
        return new BulkItem(target, BulkItemStatus.Failed, explained.WithoutRequestId, (exception as Amazon.Runtime.AmazonServiceException)?.RequestId);
    }
}
