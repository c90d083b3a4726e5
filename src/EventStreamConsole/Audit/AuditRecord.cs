namespace EventStreamConsole.Audit;

/// <summary>What became of an audited action. Pending: the intent is recorded and no outcome was (the console stopped in between).</summary>
public enum AuditResult
{
    Pending,
    Succeeded,
    Failed,
    Refused,
    Cancelled,

    /// <summary>AWS's answer was lost and reading the stream back could not tell whether the change was applied.</summary>
    Unknown,
}

/// <summary>The event stream an action was aimed at.</summary>
public sealed record AuditTarget(string Region, string DomainName, string EventStreamName, string Arn);

/// <summary>One audited action: who, with which roles, did what to which stream, the values before and after, and what came of it.</summary>
public sealed record AuditRecord(
    string Id,
    DateTimeOffset RecordedAt,
    string UserName,
    string UserObjectId,
    IReadOnlyList<string> Roles,
    string Action,
    AuditTarget Target,
    IReadOnlyDictionary<string, string?> Before,
    IReadOnlyDictionary<string, string?> After,
    AuditResult Result,
    string? Error,
    string? RequestId,
    DateTimeOffset? CompletedAt);

/// <summary>Filters for the audit page and the CSV export; empty means any.</summary>
public sealed record AuditQuery(string? User = null, string? Stream = null, string? Action = null, AuditResult? Result = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null);

public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, int TotalCount);

/// <summary>The audited actions, for filters.</summary>
public static class AuditActions
{
    public const string CreateEventStream = nameof(CreateEventStream);
    public const string DeleteEventStream = nameof(DeleteEventStream);
    public const string TagResource = nameof(TagResource);
    public const string UntagResource = nameof(UntagResource);

    /// <summary>Not an AWS call: the console records who acknowledged an ongoing outage, and why.</summary>
    public const string AcknowledgeOutage = nameof(AcknowledgeOutage);

    public static IReadOnlyList<string> All { get; } = [CreateEventStream, DeleteEventStream, TagResource, UntagResource, AcknowledgeOutage];
}
