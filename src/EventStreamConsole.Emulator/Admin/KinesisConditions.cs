using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Emulator.State;

namespace EventStreamConsole.Emulator.Admin;

/// <summary>PUT /_emulator/kinesis-streams/condition: the destination conditions no Kinesis call reaches in the emulator.</summary>
internal static class KinesisConditions
{
    public static IResult Set(KinesisStreamCondition condition, EmulatorStore store, TimeProvider time)
    {
        var json = EmulatorJsonContext.Default;
        if (!KinesisStreamArn.TryParse(condition.StreamArn, out var arn) || arn.Partition != AwsRegion.PartitionOf(arn.Region))
        {
            return Error("StreamArn must be a Kinesis stream ARN.", 400);
        }

        StreamStatus? status = condition.Status switch
        {
            null => null,
            "ACTIVE" => StreamStatus.Active,
            "UPDATING" => StreamStatus.Updating,
            _ => StreamStatus.Unknown,
        };
        DestinationWriteFailure? failure = condition.WriteFailure switch
        {
            null => null,
            "NONE" => DestinationWriteFailure.None,
            "THROTTLED" => DestinationWriteFailure.Throttled,
            "ACCESS_DENIED" => DestinationWriteFailure.AccessDenied,
            _ => (DestinationWriteFailure)(-1),
        };
        if (status == StreamStatus.Unknown)
        {
            return Error("Status must be ACTIVE or UPDATING.", 400);
        }

        if (failure is { } f && !Enum.IsDefined(f))
        {
            return Error("WriteFailure must be NONE, THROTTLED or ACCESS_DENIED.", 400);
        }

        var outcome = store.Write(new Scope(arn.AccountId, arn.Region), world =>
        {
            var stream = world.KinesisStream(arn.StreamName);
            if (stream is null)
            {
                return (404, (IReadOnlyList<StateChange>)[]);
            }

            if (condition.KmsKeyUsable == false && !stream.Encrypted)
            {
                return (409, (IReadOnlyList<StateChange>)[]);
            }

            var newStatus = status ?? stream.Status;
            var updated = stream with
            {
                Status = newStatus,
                StatusSince = newStatus == StreamStatus.Active ? null : newStatus == stream.Status ? stream.StatusSince : time.GetUtcNow().UtcDateTime,
                KmsKeyUsable = condition.KmsKeyUsable ?? stream.KmsKeyUsable,
                WriteFailure = failure ?? stream.WriteFailure,
            };
            return (204, (IReadOnlyList<StateChange>)[new StateChange.KinesisStream(updated)]);
        });
        return outcome switch
        {
            204 => Results.NoContent(),
            404 => Error($"No Kinesis stream {condition.StreamArn}.", 404),
            _ => Error($"Kinesis stream {condition.StreamArn} is not encrypted; start encryption (StartStreamEncryption) before saying its key is not usable.", 409),
        };

        IResult Error(string message, int code) => Results.Json(new AdminError(message), json.AdminError, statusCode: code);
    }
}
