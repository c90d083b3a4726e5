using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Service.Changes;

/// <summary>
/// Moves an event stream to another Kinesis stream. AWS has no UpdateEventStream, so: check everything that can be checked
/// first (the new destination is a Kinesis stream of the stream's account and region, exists and is ACTIVE), then delete,
/// create with the same name and tags, and read back. When the create fails, create again on the old destination and say
/// exactly where the stream is. Every step is audited under one operation id; used by the single change and bulk jobs.
/// </summary>
public sealed class DestinationMover(RegionClients clients, AuditLog audit, DestinationReader destinations, InventoryStore inventory, TimeProvider time)
{
    /// <summary>Why <paramref name="newUri"/> cannot take a stream now on <paramref name="currentUri"/>; null when it can.</summary>
    public async Task<string?> PrecheckAsync(InventoryKey at, string currentUri, string newUri, CancellationToken cancellationToken)
    {
        var rule = CustomerProfilesRules.DestinationUri(newUri, "New destination")
            ?? CustomerProfilesRules.DestinationLocation(newUri, at.Region, at.Account.Length == 0 ? null : at.Account, "New destination");
        if (rule is not null || !KinesisStreamArn.TryParse(newUri, out var arn))
        {
            return rule ?? $"New destination '{newUri}' is not a Kinesis stream ARN.";
        }

        if (string.Equals(newUri, currentUri, StringComparison.Ordinal))
        {
            return $"New destination: the stream already sends to {arn.StreamName}; pick another Kinesis stream.";
        }

        var facts = await destinations.ReadAsync(at, arn, fresh: true, cancellationToken);
        return facts.Missing ? $"New destination: Kinesis stream {arn.StreamName} does not exist in {arn.Region}; create it first."
            : facts.Status != "ACTIVE" ? $"New destination: Kinesis stream {arn.StreamName} is {facts.Status}; a stream can only be moved to an ACTIVE one. Wait until it is ACTIVE."
            : null;
    }

    public async Task<DestinationChangeOutcome> MoveAsync(ConsoleUser actor, InventoryKey at, string domainName, string eventStreamName, string newUri,
        string operationId, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var client = clients.Profiles(at);
        var target = new AuditTarget(at.Region, domainName, eventStreamName, CustomerProfilesArn.EventStream(at.Region, at.Account, domainName, eventStreamName));
        progress?.Report("Reading the stream…");
        EventStreamDetail current;
        try
        {
            current = EventStreamDetail.From(at.Region, eventStreamName, await client.GetEventStreamAsync(
                new GetEventStreamRequest { DomainName = domainName, EventStreamName = eventStreamName }, cancellationToken));
            target = target with { Arn = current.EventStreamArn };
        }
        catch (Amazon.CustomerProfiles.Model.ResourceNotFoundException ex)
        {
            return new(DestinationChangeState.Unchanged, $"{domainName}/{eventStreamName} no longer exists; nothing was changed.", operationId, RequestId: ex.RequestId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new(DestinationChangeState.Unchanged, $"Nothing was changed: {AwsErrorText.Explain(ex, "the stream could not be read").WithoutRequestId}", operationId,
                RequestId: (ex as Amazon.Runtime.AmazonServiceException)?.RequestId);
        }

        var oldUri = current.DestinationUri;
        if (string.Equals(oldUri, newUri, StringComparison.Ordinal))
        {
            return new(DestinationChangeState.AlreadyThere, $"{domainName}/{eventStreamName} already sends to {NameOf(newUri)}; nothing was changed.", operationId);
        }

        var change = await audit.IntentAsync(actor, AuditActions.ChangeDestination, target,
            new Dictionary<string, string?> { ["Uri"] = oldUri }, new Dictionary<string, string?> { ["Uri"] = newUri }, operationId);
        progress?.Report("Checking the new destination…");
        string? refusal;
        try
        {
            refusal = await PrecheckAsync(at, oldUri, newUri, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await ConcludeAsync(at, change, new(DestinationChangeState.Unchanged, "Cancelled before anything was changed.", operationId));
            throw;
        }
        catch (Exception ex)
        {
            refusal = AwsErrorText.Describe(ex, "The new destination could not be checked");
        }

        if (refusal is not null)
        {
            return await ConcludeAsync(at, change, new(DestinationChangeState.Unchanged, $"Nothing was changed. {refusal}", operationId));
        }

        // From the delete on nothing is cancelled: the user must learn where the stream stands.
        var tags = new Dictionary<string, string>(current.Tags, StringComparer.Ordinal);
        progress?.Report("Deleting the stream…");
        var (deleted, deleteError) = await DeleteAsync(actor, at, target, current, operationId);
        if (deleted is null)
        {
            return await ConcludeAsync(at, change, new(DestinationChangeState.Unknown,
                $"The delete's answer was lost and the stream could not be read back ({deleteError}); it may or may not exist now. Check it with the command below.",
                operationId, Recovery: GetCommand(at, domainName, eventStreamName)));
        }

        if (deleted == false)
        {
            return await ConcludeAsync(at, change, new(DestinationChangeState.Unchanged, $"Nothing was changed: the delete failed. {deleteError}", operationId));
        }

        var deletedAt = time.GetUtcNow();
        progress?.Report("Creating it on the new destination…");
        var created = await CreateAsync(actor, at, target, newUri, tags, operationId);
        var now = await ReadBackAsync(client, domainName, eventStreamName);
        if (now.Uri == newUri)
        {
            var lost = created.Error is null ? "" : " (AWS's answer was lost; reading it back confirmed the move)";
            return await ConcludeAsync(at, change, new(DestinationChangeState.Moved,
                $"{domainName}/{eventStreamName} now sends to {NameOf(newUri)}, with its {TagCount(tags)}{lost}. Events between {Clock(deletedAt)} and {Clock(time.GetUtcNow())} UTC were not exported.",
                operationId, RequestId: created.RequestId));
        }

        // Only a create that was refused, on a stream that reads back as gone, is safe to follow with a restore.
        if (created.Error is null || now.Error is not null || now.Uri is not null)
        {
            var seen = now.Error is not null ? $"it could not be read back ({now.Error})"
                : now.Uri is null ? "AWS accepted the create but the stream does not read back yet"
                : $"it exists but sends to {NameOf(now.Uri)}";
            return await ConcludeAsync(at, change, new(DestinationChangeState.Unknown,
                $"{domainName}/{eventStreamName} was deleted and created again, but {seen}. Check it with the command below before changing it again.",
                operationId, Recovery: GetCommand(at, domainName, eventStreamName), RequestId: created.RequestId));
        }

        progress?.Report("The new destination was refused; restoring the old one…");
        var restored = await CreateAsync(actor, at, target, oldUri, tags, operationId);
        if (restored.Error is null)
        {
            return await ConcludeAsync(at, change, new(DestinationChangeState.RestoredToOld,
                $"The new destination was refused ({created.Error}). {domainName}/{eventStreamName} was created again on its old destination {NameOf(oldUri)} with its {TagCount(tags)}; events between {Clock(deletedAt)} and {Clock(time.GetUtcNow())} UTC were not exported.",
                operationId, RequestId: restored.RequestId));
        }

        return await ConcludeAsync(at, change, new(DestinationChangeState.Deleted,
            $"{domainName}/{eventStreamName} is deleted: the new destination was refused ({created.Error}) and re-creating it on the old destination {NameOf(oldUri)} failed too ({restored.Error}). Create it again with the command below, or the Create button on the list.",
            operationId, Recovery: CreateCommand(at, domainName, eventStreamName, oldUri, tags)));
    }

    /// <summary>True when the stream is gone, false when it is still there (with why), null when neither could be established.</summary>
    private async Task<(bool? Deleted, string? Error)> DeleteAsync(ConsoleUser actor, InventoryKey at, AuditTarget target, EventStreamDetail current, string operationId)
    {
        var before = new Dictionary<string, string?> { ["Uri"] = current.DestinationUri, ["State"] = WireLabels.Of(current.State) };
        foreach (var (key, value) in current.Tags)
        {
            before[AuditKeys.Tag(key)] = value;
        }

        AuditRecord intent;
        try
        {
            intent = await audit.IntentAsync(actor, AuditActions.DeleteEventStream, target, before, null, operationId);
        }
        catch (AuditUnavailableException ex)
        {
            return (false, ex.Message);
        }

        try
        {
            var response = await clients.Profiles(at).DeleteEventStreamAsync(
                new DeleteEventStreamRequest { DomainName = target.DomainName, EventStreamName = target.EventStreamName }, CancellationToken.None);
            await audit.SucceededAsync(intent, response.ResponseMetadata?.RequestId);
            return (true, null);
        }
        catch (Exception ex)
        {
            // Whatever went wrong, only a read tells whether the delete happened.
            var now = await ReadBackAsync(clients.Profiles(at), target.DomainName, target.EventStreamName);
            if (now.Error is not null)
            {
                await audit.UnknownAsync(intent, ex, $"Reading the stream back failed too: {now.Error}");
                return (null, AwsErrorText.Describe(ex));
            }

            if (now.Uri is null)
            {
                await audit.SucceededAsync(intent, null, "AWS's answer was lost; reading the stream back found it deleted.");
                return (true, null);
            }

            await audit.FailedAsync(intent, ex);
            return (false, AwsErrorText.Describe(ex));
        }
    }

    private async Task<(string? Error, string? RequestId)> CreateAsync(ConsoleUser actor, InventoryKey at, AuditTarget target, string uri,
        Dictionary<string, string> tags, string operationId)
    {
        var after = new Dictionary<string, string?> { ["Uri"] = uri };
        foreach (var (key, value) in tags)
        {
            after[AuditKeys.Tag(key)] = value;
        }

        AuditRecord intent;
        try
        {
            intent = await audit.IntentAsync(actor, AuditActions.CreateEventStream, target, null, after, operationId);
        }
        catch (AuditUnavailableException ex)
        {
            return (ex.Message, null);
        }

        try
        {
            var response = await clients.Profiles(at).CreateEventStreamAsync(new CreateEventStreamRequest
            {
                DomainName = target.DomainName,
                EventStreamName = target.EventStreamName,
                Uri = uri,
                Tags = tags.Count == 0 ? null : new Dictionary<string, string>(tags),
            }, CancellationToken.None);
            await audit.SucceededAsync(intent, response.ResponseMetadata?.RequestId);
            return (null, response.ResponseMetadata?.RequestId);
        }
        catch (Exception ex)
        {
            await audit.FailedAsync(intent, ex);
            return (AwsErrorText.Describe(ex), (ex as Amazon.Runtime.AmazonServiceException)?.RequestId);
        }
    }

    /// <summary>What is there now: its destination, null when it does not exist, or why it could not be read. Never throws.</summary>
    private static async Task<(string? Uri, string? Error)> ReadBackAsync(IAmazonCustomerProfiles client, string domainName, string eventStreamName)
    {
        try
        {
            var response = await client.GetEventStreamAsync(new GetEventStreamRequest { DomainName = domainName, EventStreamName = eventStreamName }, CancellationToken.None);
            return (response.DestinationDetails?.Uri ?? "", null);
        }
        catch (Amazon.CustomerProfiles.Model.ResourceNotFoundException)
        {
            return (null, null);
        }
        catch (Exception ex)
        {
            return (null, AwsErrorText.Describe(ex));
        }
    }

    private async Task<DestinationChangeOutcome> ConcludeAsync(InventoryKey at, AuditRecord change, DestinationChangeOutcome outcome)
    {
        var result = outcome.State switch
        {
            DestinationChangeState.Moved => AuditResult.Succeeded,
            DestinationChangeState.Unknown => AuditResult.Unknown,
            _ => AuditResult.Failed,
        };
        await audit.ConcludedAsync(change, result, outcome.Sentence);
        await inventory.RefreshDomainsAsync(at, [change.Target.DomainName], CancellationToken.None);
        return outcome;
    }

    private static string NameOf(string uri) => KinesisStreamArn.TryParse(uri, out var arn) ? arn.StreamName : uri;

    private static string TagCount(Dictionary<string, string> tags) => tags.Count == 1 ? "1 tag" : $"{tags.Count} tags";

    private static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static string GetCommand(InventoryKey at, string domainName, string eventStreamName) =>
        $"aws customer-profiles get-event-stream --domain-name {Shell(domainName)} --event-stream-name {Shell(eventStreamName)} --region {at.Region}";

    private static string CreateCommand(InventoryKey at, string domainName, string eventStreamName, string uri, Dictionary<string, string> tags) =>
        $"aws customer-profiles create-event-stream --domain-name {Shell(domainName)} --event-stream-name {Shell(eventStreamName)} --uri {Shell(uri)} --region {at.Region}"
        + (tags.Count == 0 ? "" : " --tags " + string.Join(",", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => Shell($"{t.Key}={t.Value}"))));

    private static string Shell(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/' or '=') ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
