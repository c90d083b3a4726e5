using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.Emulator.State;

/// <summary>One account in one region: everything there is its own world.</summary>
public readonly record struct Scope(string AccountId, string Region)
{
    public override string ToString() => $"{AccountId}/{Region}";
}

public sealed record DomainRecord(
    Scope Scope,
    string Name,
    int DefaultExpirationDays,
    string? DefaultEncryptionKey,
    string? DeadLetterQueueUrl,
    DateTime CreatedAt,
    DateTime LastUpdatedAt,
    IReadOnlyDictionary<string, string> Tags)
{
    public string Arn => CustomerProfilesArn.Domain(Scope.Region, Scope.AccountId, Name);
}

public sealed record EventStreamRecord(
    Scope Scope,
    string DomainName,
    string Name,
    string Uri,
    DateTime CreatedAt,
    EventStreamState State,
    DateTime? StoppedSince,
    EventStreamDestinationStatus Status,
    DateTime? UnhealthySince,
    string? Message,
    IReadOnlyDictionary<string, string> Tags)
{
    public string Arn => CustomerProfilesArn.EventStream(Scope.Region, Scope.AccountId, DomainName, Name);
}

public sealed record KinesisStreamRecord(Scope Scope, string Name, int ShardCount, StreamMode Mode, DateTime CreatedAt)
{
    public string Arn => KinesisStreamArn.Format(Scope.Region, Scope.AccountId, Name);
}
