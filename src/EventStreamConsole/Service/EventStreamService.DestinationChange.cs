using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.BulkChanges;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service.Changes;

namespace EventStreamConsole.Service;

/// <summary>The service's changes of destination: one stream at a time, or many as a bulk job. Admin only (it deletes and creates).</summary>
public sealed partial class EventStreamService
{
    public async Task<string?> PrecheckDestinationChangeAsync(InventoryKey at, string currentDestinationArn, string newDestinationArn, CancellationToken cancellationToken)
    {
        // It asks Kinesis about any ARN with the console's credentials: only for those who may move streams.
        await user.DemandAsync(ConsolePermission.ChangeDestination);
        return await mover.PrecheckAsync(at, currentDestinationArn ?? "", newDestinationArn ?? "", cancellationToken);
    }

    public async Task<DestinationChangeOutcome> ChangeDestinationAsync(InventoryKey at, string domainName, string eventStreamName, string newDestinationArn,
        CancellationToken cancellationToken, IProgress<string>? progress = null)
    {
        var target = Target(at, domainName, eventStreamName);
        var actor = await DemandMoveAsync(AuditActions.ChangeDestination, target, newDestinationArn);
        // A bulk job working on the stream would lose its change to the re-create: one change at a time.
        using var claim = jobs.TryClaim(at, domainName, eventStreamName)
            ?? throw new BulkStreamsBusyException([new BulkTarget(domainName, eventStreamName, target.Arn, null)]);
        return await mover.MoveAsync(actor, at, domainName, eventStreamName, newDestinationArn ?? "", Guid.NewGuid().ToString("N"), progress, cancellationToken);
    }

    public Task<BulkJobView> StartBulkDestinationChangeAsync(InventoryKey at, IReadOnlyList<BulkTarget> targets, string newDestinationArn, CancellationToken cancellationToken) =>
        StartMoveJobAsync(at, targets, newDestinationArn, null, cancellationToken);

    private async Task<BulkJobView> StartMoveJobAsync(InventoryKey at, IReadOnlyList<BulkTarget> targets, string newDestinationArn, string? retryOf, CancellationToken cancellationToken)
    {
        var actor = await DemandMoveAsync(AuditActions.BulkChangeDestination, BatchTarget(at), newDestinationArn);
        CheckTargets(at, targets);
        // The new destination is checked once before anything starts, and again by each stream's move.
        var from = targets.Select(t => t.DestinationUri).FirstOrDefault(u => u != newDestinationArn) ?? "";
        if (await mover.PrecheckAsync(at, from, newDestinationArn ?? "", cancellationToken) is { } refusal)
        {
            throw new ConsoleInputException(refusal);
        }

        var values = BatchValues(targets, [KeyValuePair.Create("Uri", (string?)newDestinationArn)]);
        var name = CustomerProfiles.Validation.KinesisStreamArn.TryParse(newDestinationArn, out var arn) ? arn.StreamName : newDestinationArn;
        var initial = NewJob(actor, at, BulkJobKind.ChangeDestination, $"Move {Streams(targets.Count)} to {name}", targets,
            PerStream(at, "CreateEventStream"), retryOf) with { NewDestinationArn = newDestinationArn };
        return await StartAsync(actor, at, initial, AuditActions.BulkChangeDestination, values, async (target, token) =>
        {
            var outcome = await mover.MoveAsync(actor, at, target.DomainName, target.EventStreamName, newDestinationArn!, initial.Id, null, token);
            var status = outcome.State switch
            {
                DestinationChangeState.Moved => BulkItemStatus.Succeeded,
                DestinationChangeState.AlreadyThere => BulkItemStatus.Skipped,
                _ => BulkItemStatus.Failed,
            };
            return new BulkItem(target, status, outcome.Recovery is null ? outcome.Sentence : $"{outcome.Sentence} {outcome.Recovery}", outcome.RequestId);
        });
    }

    /// <summary>A move deletes and creates (administrators only); a refusal is audited as what was asked.</summary>
    private Task<ConsoleUser> DemandMoveAsync(string action, AuditTarget target, string? newDestinationArn) =>
        DemandOrRecordAsync(ConsolePermission.ChangeDestination, action, target, new Dictionary<string, string?> { ["Uri"] = newDestinationArn });
}
