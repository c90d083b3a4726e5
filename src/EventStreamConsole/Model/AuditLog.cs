namespace EventStreamConsole.Model;

/// <summary>
/// Every change, as one structured event before the AWS call (intent) and one after (outcome), with the user.
/// Serilog writes them with all properties; filter on EventType = "Audit".
/// </summary>
public sealed class AuditLog(ILogger<AuditLog> logger, UserContext user)
{
    public async Task<AuditEntry> IntentAsync(string action, string target, object? before, object? after)
    {
        var (name, objectId) = await user.GetAsync();
        var entry = new AuditEntry(Guid.NewGuid().ToString("N"), action, target, name, objectId);
        logger.LogInformation("Audit {EventType} {AuditId}: {User} is about to {Action} {Target}; before {@Before}, after {@After}",
            "Audit", entry.Id, name, action, target, before, after);
        return entry;
    }

    public void Succeeded(AuditEntry entry, string? requestId = null) =>
        logger.LogInformation("Audit {EventType} {AuditId}: {User} did {Action} {Target} (request {RequestId}) {Result}",
            "Audit", entry.Id, entry.User, entry.Action, entry.Target, requestId, "Succeeded");

    public void Failed(AuditEntry entry, Exception exception) =>
        logger.LogWarning("Audit {EventType} {AuditId}: {User} could not {Action} {Target}: {Error} {Result}",
            "Audit", entry.Id, entry.User, entry.Action, entry.Target, AwsErrorText.Describe(exception), "Failed");
}

public sealed record AuditEntry(string Id, string Action, string Target, string User, string ObjectId);
