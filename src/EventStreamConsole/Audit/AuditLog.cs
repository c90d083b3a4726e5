using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;

namespace EventStreamConsole.Audit;

/// <summary>
/// Every change and every refused attempt, as a structured Serilog event (filter on EventType = "Audit") and a row in the
/// audit store. The intent is stored before AWS is called; if it cannot be stored the change is not made.
/// </summary>
public sealed class AuditLog(ILogger<AuditLog> logger, AuditStore store, TimeProvider time)
{
    private static readonly IReadOnlyDictionary<string, string?> s_none = new Dictionary<string, string?>();

    /// <summary>Records that <paramref name="user"/> is about to act; throws <see cref="AuditUnavailableException"/> when the store fails.</summary>
    public async Task<AuditRecord> IntentAsync(ConsoleUser user, string action, AuditTarget target,
        IReadOnlyDictionary<string, string?>? before, IReadOnlyDictionary<string, string?>? after, string? operationId = null)
    {
        var record = NewRecord(user, action, target, before, after, AuditResult.Pending, null) with { OperationId = operationId };
        logger.LogInformation("Audit {EventType} {AuditId}: {User} ({UserObjectId}, roles {Roles}) is about to {Action} {TargetArn}; before {@Before}, after {@After}",
            "Audit", record.Id, record.UserName, record.UserObjectId, record.Roles, action, target.Arn, record.Before, record.After);
        try
        {
            // Not cancellable: once the user asked, the intent is written or the change is not made.
            await store.AppendAsync(record, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Audit {EventType} {AuditId}: the audit store could not record the intent to {Action} {TargetArn}; nothing was changed",
                "Audit", record.Id, action, target.Arn);
            throw new AuditUnavailableException($"The audit trail could not be written ({ex.Message}); nothing was changed.", ex);
        }

        return record;
    }

    /// <param name="note">How the outcome was established when AWS's own answer was lost (a read-back).</param>
    public Task SucceededAsync(AuditRecord intent, string? requestId, string? note = null) => CompleteAsync(intent, AuditResult.Succeeded, requestId, note);

    // The request id has its own column: the error text carries AWS's error type only.
    public Task FailedAsync(AuditRecord intent, Exception exception, string? note = null) =>
        CompleteAsync(intent, AuditResult.Failed, RequestIdOf(exception), note is null ? ErrorOf(exception) : $"{ErrorOf(exception)} {note}");

    /// <summary>AWS's answer was lost and the read-back could not tell either: the trail must not claim an outcome.</summary>
    public Task UnknownAsync(AuditRecord intent, Exception exception, string note) =>
        CompleteAsync(intent, AuditResult.Unknown, RequestIdOf(exception), $"{ErrorOf(exception)} {note}");

    /// <summary>Closes a record that stands for many calls (a batch, a change of destination) with its result in words.</summary>
    public Task ConcludedAsync(AuditRecord intent, AuditResult result, string summary) => CompleteAsync(intent, result, null, summary);

    /// <summary>The user left before AWS answered; what AWS did is unknown until the next read.</summary>
    public Task CancelledAsync(AuditRecord intent) =>
        CompleteAsync(intent, AuditResult.Cancelled, null, "Cancelled before AWS answered; the change may or may not have been applied.");

    /// <summary>A change the user's roles do not allow: recorded as intent and outcome at once, never sent to AWS.</summary>
    public async Task RefusedAsync(ConsoleUser user, string action, AuditTarget target, string reason,
        IReadOnlyDictionary<string, string?>? after = null)
    {
        var record = NewRecord(user, action, target, null, after, AuditResult.Refused, reason) with { CompletedAt = time.GetUtcNow() };
        logger.LogWarning("Audit {EventType} {AuditId}: {User} ({UserObjectId}, roles {Roles}) was refused {Action} {TargetArn}: {Error} {Result}",
            "Audit", record.Id, record.UserName, record.UserObjectId, record.Roles, action, target.Arn, reason, AuditResult.Refused);
        try
        {
            await store.AppendAsync(record, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Audit {EventType} {AuditId}: the audit store could not record a refused {Action} by {User}", "Audit", record.Id, action, record.UserName);
        }
    }

    private async Task CompleteAsync(AuditRecord intent, AuditResult result, string? requestId, string? error)
    {
        var level = result == AuditResult.Succeeded ? LogLevel.Information : LogLevel.Warning;
        logger.Log(level, "Audit {EventType} {AuditId}: {User} {Action} {TargetArn}: {Result} (request {RequestId}) {Error}",
            "Audit", intent.Id, intent.UserName, intent.Action, intent.Target.Arn, result, requestId, error);
        try
        {
            await store.CompleteAsync(intent.Id, result, requestId, error, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception ex)
        {
            // AWS already acted; the Serilog event above carries the outcome and the stored intent stays Pending.
            logger.LogError(ex, "Audit {EventType} {AuditId}: the audit store could not record the outcome {Result}", "Audit", intent.Id, result);
        }
    }

    private static string ErrorOf(Exception exception) => AwsErrorText.Explain(exception).WithoutRequestId;

    private static string? RequestIdOf(Exception exception) => (exception as Amazon.Runtime.AmazonServiceException)?.RequestId;

    private AuditRecord NewRecord(ConsoleUser user, string action, AuditTarget target, IReadOnlyDictionary<string, string?>? before,
        IReadOnlyDictionary<string, string?>? after, AuditResult result, string? error) =>
        new(Guid.NewGuid().ToString("N"), time.GetUtcNow(), user.Name, user.ObjectId, [.. user.RoleDisplayNames], action, target,
            before ?? s_none, after ?? s_none, result, error, null, null);
}

/// <summary>The audit store could not record an intent, so the change was not made.</summary>
public sealed class AuditUnavailableException(string message, Exception inner) : Exception(message, inner);
