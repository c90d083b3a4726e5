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

/// <summary>
/// One audited action: who, with which roles, did what to which stream, the values before and after, and what came of it.
/// <see cref="OperationId"/> ties the entries of one larger change together: a bulk edit's batch record and its per-stream
/// calls, or the delete and create of a change of destination.
/// </summary>
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
    DateTimeOffset? CompletedAt,
    string? OperationId = null);

/// <summary>Filters for the audit page and the CSV export; empty means any.</summary>
public sealed record AuditQuery(string? User = null, string? Stream = null, string? Action = null, AuditResult? Result = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, string? Operation = null);

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

    /// <summary>Not an AWS call: one bulk tag edit over many streams; its per-stream calls carry its id as their operation.</summary>
    public const string BulkEditTags = nameof(BulkEditTags);

    /// <summary>Not an AWS call: moving a stream to another Kinesis stream (delete, then create with the same name and tags).</summary>
    public const string ChangeDestination = nameof(ChangeDestination);

    /// <summary>Not an AWS call: moving many streams from one Kinesis stream to another.</summary>
    public const string BulkChangeDestination = nameof(BulkChangeDestination);

    public static IReadOnlyList<string> All { get; } =
        [CreateEventStream, DeleteEventStream, TagResource, UntagResource, AcknowledgeOutage, BulkEditTags, ChangeDestination, BulkChangeDestination];
}
