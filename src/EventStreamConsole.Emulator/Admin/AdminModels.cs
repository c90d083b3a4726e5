namespace EventStreamConsole.Emulator.Admin;

public sealed record EmulatorSnapshot(IReadOnlyList<ScopeSnapshot> Scopes, bool ThrottlingEnabled);

public sealed record ScopeSnapshot(
    string AccountId,
    string Region,
    int DomainQuota,
    IReadOnlyList<string> Domains,
    IReadOnlyList<EventStreamSnapshot> EventStreams,
    IReadOnlyList<string> KinesisStreams);

public sealed record EventStreamSnapshot(string DomainName, string EventStreamName, string EventStreamArn, string Uri, string State, string Status, DateTime? UnhealthySince);

/// <summary>Body of PUT /_emulator/event-streams/state: stop or restart an event stream's export.</summary>
public sealed record EventStreamStateChange(string EventStreamArn, string State);

public sealed record ThrottlingSetting(bool Enabled);

public sealed record AdminError(string Message);

public sealed record HealthCheckResult(int Transitions);

/// <summary>
/// Body of PUT /_emulator/kinesis-streams/condition: what Customer Profiles meets at a Kinesis stream. Each field left out
/// keeps its value: Status ACTIVE or UPDATING; KmsKeyUsable false when the key policy does not let Customer Profiles
/// use the stream's KMS key; WriteFailure NONE, THROTTLED or ACCESS_DENIED.
/// </summary>
public sealed record KinesisStreamCondition(string StreamArn, string? Status = null, bool? KmsKeyUsable = null, string? WriteFailure = null);
