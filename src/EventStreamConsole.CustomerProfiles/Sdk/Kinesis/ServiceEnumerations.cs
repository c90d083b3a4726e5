using Amazon.Runtime;

namespace Amazon.Kinesis;

/// <summary>The state of a Kinesis data stream.</summary>
public sealed class StreamStatus(string value) : ConstantClass(value)
{
    public static readonly StreamStatus ACTIVE = new("ACTIVE");
    public static readonly StreamStatus CREATING = new("CREATING");
    public static readonly StreamStatus DELETING = new("DELETING");
    public static readonly StreamStatus UPDATING = new("UPDATING");

    public static StreamStatus? FindValue(string? value) => value is null ? null : FindValue<StreamStatus>(value);

    public static implicit operator StreamStatus?(string? value) => FindValue(value);
}

/// <summary>How a stream's capacity is managed.</summary>
public sealed class StreamMode(string value) : ConstantClass(value)
{
#pragma warning disable CA1707 // The SDK names constants after their wire values.
    public static readonly StreamMode ON_DEMAND = new("ON_DEMAND");
#pragma warning restore CA1707
    public static readonly StreamMode PROVISIONED = new("PROVISIONED");

    public static StreamMode? FindValue(string? value) => value is null ? null : FindValue<StreamMode>(value);

    public static implicit operator StreamMode?(string? value) => FindValue(value);
}

/// <summary>Server-side encryption of a stream's records.</summary>
public sealed class EncryptionType(string value) : ConstantClass(value)
{
    public static readonly EncryptionType KMS = new("KMS");
    public static readonly EncryptionType NONE = new("NONE");

    public static EncryptionType? FindValue(string? value) => value is null ? null : FindValue<EncryptionType>(value);

    public static implicit operator EncryptionType?(string? value) => FindValue(value);
}
