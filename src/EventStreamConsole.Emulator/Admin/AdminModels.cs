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
