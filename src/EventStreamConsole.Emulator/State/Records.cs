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

/// <summary>
/// A Kinesis stream. <see cref="Status"/> is ACTIVE or UPDATING (since <see cref="StatusSince"/>); <see cref="KmsKeyId"/> set means
/// server-side encryption with that KMS key. <see cref="KmsKeyUsable"/> and <see cref="WriteFailure"/> are the emulator's own
/// conditions (set through the admin API): whether Customer Profiles may use the key, and a failure its writes meet.
/// </summary>
public sealed record KinesisStreamRecord(
    Scope Scope,
    string Name,
    int ShardCount,
    StreamMode Mode,
    DateTime CreatedAt,
    StreamStatus Status = StreamStatus.Active,
    DateTime? StatusSince = null,
    string? KmsKeyId = null,
    bool KmsKeyUsable = true,
    DestinationWriteFailure WriteFailure = DestinationWriteFailure.None)
{
    public string Arn => KinesisStreamArn.Format(Scope.Region, Scope.AccountId, Name);

    public bool Encrypted => KmsKeyId is not null;
}

/// <summary>What Customer Profiles meets when it writes to a Kinesis stream, beyond the stream's own status and key.</summary>
public enum DestinationWriteFailure
{
    None = 0,
    Throttled,
    AccessDenied,
}
