using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Emulator.State;

namespace EventStreamConsole.Emulator.Operations;

/// <summary>
/// Why Customer Profiles cannot deliver an event stream's events, worded as the service words it: each condition of the
/// destination has its own message, so a console can tell them apart. The monitor and the demo seed share these.
/// </summary>
public static class DestinationFailures
{
    /// <summary>The message of the failure the destination meets now, or null when it takes events.</summary>
    /// <param name="updatingGrace">How long a stream may stay UPDATING before writes are counted as failing.</param>
    public static string? Of(EventStreamRecord stream, KinesisStreamRecord? kinesis, DateTime now, TimeSpan updatingGrace)
    {
        if (kinesis is null)
        {
            return Missing(stream.Uri, stream.DomainName);
        }

        if (kinesis.Status == StreamStatus.Updating && now - (kinesis.StatusSince ?? now) >= updatingGrace)
        {
            return Updating(kinesis);
        }

        if (kinesis.KmsKeyId is { } key && !kinesis.KmsKeyUsable)
        {
            return KmsAccessDenied(kinesis, key);
        }

        return kinesis.WriteFailure switch
        {
            DestinationWriteFailure.Throttled => Throttled(kinesis),
            DestinationWriteFailure.AccessDenied => AccessDenied(kinesis),
            _ => null,
        };
    }

    /// <summary>The message of <see cref="Of"/> for the event stream's own destination, looked up in <paramref name="world"/>.</summary>
    public static string? Of(WorldView world, EventStreamRecord stream, DateTime now, TimeSpan updatingGrace)
    {
        var kinesis = KinesisStreamArn.TryParse(stream.Uri, out var arn) ? world.KinesisStream(arn.StreamName) : null;
        return Of(stream, kinesis, now, updatingGrace);
    }

    public static string Missing(string uri, string domain) =>
        $"Kinesis stream {uri} was not found (ResourceNotFoundException); events for domain '{domain}' are not being delivered.";

    public static string Updating(KinesisStreamRecord kinesis) =>
        $"ResourceInUseException: Kinesis stream {kinesis.Arn} is UPDATING and has not returned to ACTIVE; events are held until it does.";

    public static string KmsAccessDenied(KinesisStreamRecord kinesis, string key) =>
        $"KMSAccessDeniedException: Customer Profiles is not allowed to use KMS key {key} to write to Kinesis stream {kinesis.Arn} (kms:GenerateDataKey denied by the key policy).";

    public static string Throttled(KinesisStreamRecord kinesis) =>
        $"ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000000 in stream {kinesis.Name} under account {kinesis.Scope.AccountId}.";

    public static string AccessDenied(KinesisStreamRecord kinesis) =>
        $"AccessDeniedException: User: arn:aws:sts::{kinesis.Scope.AccountId}:assumed-role/CustomerProfilesEventStream/profile is not authorized to perform kinesis:PutRecords on resource {kinesis.Arn}.";
}
