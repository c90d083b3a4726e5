using Amazon.CustomerProfiles;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Service;

/// <summary>The service's outage acknowledgements: checked against AWS, audited, kept in the history store.</summary>
public sealed partial class EventStreamService
{
    public async Task<OutageAcknowledgement> AcknowledgeOutageAsync(InventoryKey at, string domainName, string eventStreamName, string note,
        CancellationToken cancellationToken)
    {
        var target = Target(at, domainName, eventStreamName);
        var trimmed = note?.Trim() ?? "";
        var actor = await DemandOrRecordAsync(ConsolePermission.AcknowledgeOutage, AuditActions.AcknowledgeOutage, target, new Dictionary<string, string?> { ["Note"] = trimmed });
        if (OutageAcknowledgement.NoteError(trimmed) is { } error)
        {
            throw new ConsoleInputException(error);
        }

        // What AWS says now, not what a page showed a minute ago: an outage that just ended is not acknowledged.
        var current = await ReadAsync(at, domainName, eventStreamName, cancellationToken);
        if (current.Status != EventStreamDestinationStatus.UNHEALTHY || current.UnhealthySince is not { } since)
        {
            throw new OutageNotOngoingException(
                $"{domainName}/{eventStreamName} has no ongoing outage to acknowledge: AWS reports its destination {WireLabels.Of(current.Status)} now.");
        }

        var outageSince = new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc));
        var intent = await audit.IntentAsync(actor, AuditActions.AcknowledgeOutage, target with { Arn = current.EventStreamArn }, null,
            new Dictionary<string, string?> { ["Note"] = trimmed, ["OutageSince"] = RelativeTime.Absolute(outageSince.UtcDateTime) });
        // Stored to the millisecond; the answer is what was stored.
        var ack = new OutageAcknowledgement(at, domainName, eventStreamName, current.EventStreamArn, Milliseconds(outageSince), trimmed, actor.Name, actor.ObjectId,
            Milliseconds(time.GetUtcNow()));
        try
        {
            history.Acknowledge(ack);
        }
        catch (Exception ex)
        {
            await audit.FailedAsync(intent, ex);
            throw;
        }

        await audit.SucceededAsync(intent, null);
        // Every page that follows the region re-reads its history with this push, so other viewers see it too.
        await inventory.RefreshDomainsAsync(at, [domainName], cancellationToken);
        return ack;
    }

    private static DateTimeOffset Milliseconds(DateTimeOffset value) => DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());
}
