using EventStreamConsole.Audit;
using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Service.Changes;

/// <summary>
/// Settles a create or delete whose answer was lost: tells the user it is checking, reads the stream back until AWS says
/// whether it exists, and completes the audit entry with what really happened.
/// </summary>
public sealed class LostAnswerSettlement(RegionClients clients, AuditLog audit, OutcomeCheck outcomeCheck)
{
    /// <summary>
    /// The stream as read back when the change was applied; null when it was not (audited as failed, the caller rethrows
    /// <paramref name="cause"/>). Throws <see cref="ChangeOutcomeUnknownException"/> when no read answered.
    /// </summary>
    /// <param name="destinationArn">The create's destination; null for a delete.</param>
    public async Task<StreamPresence?> SettleAsync(InventoryKey at, AuditRecord intent, string domainName, string eventStreamName, string? destinationArn,
        Exception cause, IProgress<ChangeProgress>? progress, CancellationToken cancellationToken)
    {
        var isCreate = destinationArn is not null;
        var what = isCreate ? "the create" : "the delete";
        progress?.Report(ChangeProgress.Checking(what, cause));
        var found = await ReadBackAsync(at, intent, domainName, eventStreamName, cause, cancellationToken);
        if (found.Exists is null)
        {
            await audit.UnknownAsync(intent, cause,
                $"Reading the stream back for {outcomeCheck.Window.TotalSeconds:0} s did not tell whether it was {(isCreate ? "created" : "deleted")}.");
            throw new ChangeOutcomeUnknownException(
                $"AWS's answer to {what} was lost and the stream could not be read back ({AwsErrorText.Describe(found.LastError ?? cause)}). " +
                $"It may or may not {(isCreate ? "exist" : "still exist")}: open domain {domainName} to see.", cause);
        }

        var applied = isCreate
            ? found.Exists == true && string.Equals(found.DestinationUri, destinationArn, StringComparison.Ordinal)
            : found.Exists == false;
        if (applied)
        {
            await audit.SucceededAsync(intent, null, $"Confirmed by reading the stream back; AWS's own answer was lost ({AwsErrorText.Describe(cause)}).");
            return found;
        }

        await audit.FailedAsync(intent, cause, (isCreate, found.Exists) switch
        {
            (true, true) => $"Read back: a stream of that name exists with another destination ({found.DestinationUri}).",
            (true, _) => "Read back: the stream does not exist, so the create was not applied.",
            _ => "Read back: the stream still exists, so the delete was not applied.",
        });
        return null;
    }

    /// <summary>The user leaving stops the read-back and leaves the outcome recorded as cancelled.</summary>
    private async Task<StreamPresence> ReadBackAsync(InventoryKey at, AuditRecord intent, string domainName, string eventStreamName, Exception cause,
        CancellationToken cancellationToken)
    {
        try
        {
            return await outcomeCheck.ReadUntilKnownAsync(clients.Profiles(at), domainName, eventStreamName, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await audit.CancelledAsync(intent);
            throw new OperationCanceledException($"Stopped checking the outcome: {AwsErrorText.Describe(cause)}", cause, cancellationToken);
        }
    }
}
