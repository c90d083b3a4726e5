using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.Service.Changes;

/// <summary>
/// Sends one stream's tag changes to AWS as the user already allowed to make them: TagResource for the added and changed
/// keys, UntagResource for the removed ones (only those keys, so other keys edited meanwhile survive), each audited with its
/// values before and after, its request id and, for a bulk edit, the batch's operation id. Shared by the tag editor and
/// bulk jobs, which outlive the circuit that started them; the caller re-reads the inventory.
/// </summary>
public sealed class TagWriter(RegionClients clients, AuditLog audit)
{
    public async Task<TagChangeResult> ApplyAsync(ConsoleUser actor, InventoryKey at, AuditTarget target, TagChangeSet changes, string? operationId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var client = clients.Profiles(at);
        var results = new List<TagKeyResult>();
        var upserts = Upserts(changes);
        if (upserts.Count > 0)
        {
            var before = upserts.Keys.ToDictionary(AuditKeys.Tag, k => changes.Changed.TryGetValue(k, out var c) ? c.Before : null);
            var intent = await audit.IntentAsync(actor, AuditActions.TagResource, target, before,
                upserts.ToDictionary(p => AuditKeys.Tag(p.Key), p => (string?)p.Value), operationId);
            TagChangeKind KindOf(string key) => changes.Added.ContainsKey(key) ? TagChangeKind.Added : TagChangeKind.Changed;
            results.AddRange(await SendAsync(intent, upserts.Keys, KindOf,
                async token => await client.TagResourceAsync(new TagResourceRequest { ResourceArn = target.Arn, Tags = upserts }, token), cancellationToken));
        }

        if (changes.Removed.Count > 0)
        {
            var intent = await audit.IntentAsync(actor, AuditActions.UntagResource, target,
                changes.Removed.ToDictionary(AuditKeys.Tag, k => changes.RemovedValues.GetValueOrDefault(k)),
                changes.Removed.ToDictionary(AuditKeys.Tag, _ => (string?)null), operationId);
            results.AddRange(await SendAsync(intent, changes.Removed, _ => TagChangeKind.Removed,
                async token => await client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = target.Arn, TagKeys = [.. changes.Removed] }, token), cancellationToken));
        }

        return new TagChangeResult(results);
    }

    /// <summary>The keys TagResource sends: the added ones and the new values of the changed ones.</summary>
    public static Dictionary<string, string> Upserts(TagChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.Added.Concat(changes.Changed.Select(c => KeyValuePair.Create(c.Key, c.Value.After)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    private async Task<IEnumerable<TagKeyResult>> SendAsync(AuditRecord intent, IEnumerable<string> keys, Func<string, TagChangeKind> kindOf,
        Func<CancellationToken, Task<Amazon.Runtime.AmazonWebServiceResponse>> call, CancellationToken cancellationToken)
    {
        try
        {
            var response = await call(cancellationToken);
            var requestId = response.ResponseMetadata?.RequestId;
            await audit.SucceededAsync(intent, requestId);
            return keys.Select(k => new TagKeyResult(k, kindOf(k), true, null) { RequestId = requestId }).ToList();
        }
        catch (OperationCanceledException)
        {
            await audit.CancelledAsync(intent);
            throw;
        }
        catch (Exception ex)
        {
            await audit.FailedAsync(intent, ex);
            var error = AwsErrorText.Explain(ex);
            var requestId = (ex as Amazon.Runtime.AmazonServiceException)?.RequestId;
            return keys.Select(k => new TagKeyResult(k, kindOf(k), false, error.ToString()) { RequestId = requestId, Reason = error.WithoutRequestId }).ToList();
        }
    }
}
