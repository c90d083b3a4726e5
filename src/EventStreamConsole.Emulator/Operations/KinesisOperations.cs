using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Emulator.State;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator.Operations;

/// <summary>
/// The Kinesis subset destinations need. Streams become ACTIVE at once and are gone at once when deleted, and
/// encryption starts and stops at once (the live service passes through CREATING / DELETING / UPDATING for a few seconds).
/// A stream is UPDATING only when the admin API says so.
/// </summary>
public sealed class KinesisOperations(EmulatorStore store, IOptionsMonitor<EmulatorOptions> options, TimeProvider time)
{
    public const int MaxListLimit = 10000;

    public CreateStreamResponse CreateStream(Scope scope, string? name, int? shardCount, string? mode)
    {
        Invalid(KinesisStreamArn.ValidateStreamName(name));
        var streamMode = mode switch
        {
            null or "PROVISIONED" => StreamMode.Provisioned,
            "ON_DEMAND" => StreamMode.OnDemand,
            _ => throw EmulatorException.Kinesis("InvalidArgumentException", $"StreamModeDetails.StreamMode '{mode}' must be PROVISIONED or ON_DEMAND."),
        };
        if (streamMode == StreamMode.Provisioned && shardCount is null)
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", "ShardCount is required for a PROVISIONED stream.");
        }

        if (shardCount is < 1 or > 10000)
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", $"ShardCount must be between 1 and 10000 (it was {shardCount}).");
        }

        return store.Write(scope, world =>
        {
            if (world.KinesisStream(name!) is not null)
            {
                throw EmulatorException.Kinesis("ResourceInUseException", $"Stream {name} under account {scope.AccountId} already exists.");
            }

            var record = new KinesisStreamRecord(scope, name!, shardCount ?? 4, streamMode, time.GetUtcNow().UtcDateTime);
            return (new CreateStreamResponse(), (IReadOnlyList<StateChange>)[new StateChange.KinesisStream(record)]);
        });
    }

    public DeleteStreamResponse DeleteStream(Scope scope, string? name, string? arn)
    {
        var streamName = ResolveName(scope, name, arn);
        return store.Write(scope, world =>
        {
            var record = world.KinesisStream(streamName) ?? throw NotFound(scope, streamName);
            return (new DeleteStreamResponse(), (IReadOnlyList<StateChange>)[new StateChange.KinesisStream(record, Removed: true)]);
        });
    }

    public ListStreamsResponse ListStreams(Scope scope, int? limit, string? exclusiveStart, string? nextToken)
    {
        if (limit is < 1 or > MaxListLimit)
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", $"Limit must be between 1 and {MaxListLimit} (it was {limit}).");
        }

        if (nextToken is not null && exclusiveStart is not null)
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", "NextToken and ExclusiveStartStreamName cannot be used together.");
        }

        var after = nextToken is null
            ? exclusiveStart
            : PageToken.Decode(nextToken, m => EmulatorException.Kinesis("ExpiredNextTokenException", m));
        var (page, next) = store.Read(scope, world =>
            PageToken.Take(world.KinesisStreams, k => k.Name, after, limit ?? options.CurrentValue.DefaultPageSize));
        return new ListStreamsResponse
        {
            StreamNames = [.. page.Select(k => k.Name)],
            HasMoreStreams = next is not null,
            NextToken = next,
            StreamSummaries = [.. page.Select(k => new StreamSummary
            {
                StreamName = k.Name,
                StreamArn = k.Arn,
                StreamStatus = k.Status,
                StreamModeDetails = new StreamModeDetails { StreamMode = k.Mode },
                StreamCreationTimestamp = k.CreatedAt,
            })],
        };
    }

    public DescribeStreamSummaryResponse DescribeStreamSummary(Scope scope, string? name, string? arn)
    {
        var streamName = ResolveName(scope, name, arn);
        var record = store.Read(scope, world => world.KinesisStream(streamName)) ?? throw NotFound(scope, streamName);
        return new DescribeStreamSummaryResponse
        {
            StreamDescriptionSummary = new StreamDescriptionSummary
            {
                StreamName = record.Name,
                StreamArn = record.Arn,
                StreamStatus = record.Status,
                StreamModeDetails = new StreamModeDetails { StreamMode = record.Mode },
                RetentionPeriodHours = 24,
                StreamCreationTimestamp = record.CreatedAt,
                EnhancedMonitoring = [new EnhancedMetrics()], // as the service answers for a stream without enhanced monitoring
                OpenShardCount = record.ShardCount,
                ConsumerCount = 0,
                EncryptionType = record.Encrypted ? "KMS" : "NONE",
                KeyId = record.KmsKeyId,
            },
        };
    }

    /// <summary>
    /// Encrypts the stream with a KMS key. The live service answers at once and passes through UPDATING for seconds;
    /// here the key applies at once and the stream stays ACTIVE.
    /// </summary>
    public StartStreamEncryptionResponse StartStreamEncryption(Scope scope, string? name, string? arn, string? encryptionType, string? keyId)
    {
        var streamName = ResolveName(scope, name, arn);
        ValidateEncryption(encryptionType, keyId);
        if (!KmsKeyIdentifier.IsWellFormed(keyId!))
        {
            throw EmulatorException.Kinesis("KMSNotFoundException", $"Invalid keyId {keyId}.");
        }

        return store.Write(scope, world =>
        {
            var record = Updatable(scope, world, streamName);
            var updated = record with { KmsKeyId = keyId, KmsKeyUsable = record.KmsKeyId == keyId && record.KmsKeyUsable };
            return (new StartStreamEncryptionResponse(), (IReadOnlyList<StateChange>)[new StateChange.KinesisStream(updated)]);
        });
    }

    /// <summary>Stops encrypting the stream (at once, see <see cref="StartStreamEncryption"/>); an unencrypted stream is left as it is.</summary>
    public StopStreamEncryptionResponse StopStreamEncryption(Scope scope, string? name, string? arn, string? encryptionType, string? keyId)
    {
        var streamName = ResolveName(scope, name, arn);
        ValidateEncryption(encryptionType, keyId);
        return store.Write(scope, world =>
        {
            var record = Updatable(scope, world, streamName);
            IReadOnlyList<StateChange> changes = record.Encrypted
                ? [new StateChange.KinesisStream(record with { KmsKeyId = null, KmsKeyUsable = true })]
                : [];
            return (new StopStreamEncryptionResponse(), changes);
        });
    }

    private static KinesisStreamRecord Updatable(Scope scope, WorldView world, string streamName)
    {
        var record = world.KinesisStream(streamName) ?? throw NotFound(scope, streamName);
        return record.Status == StreamStatus.Active
            ? record
            : throw EmulatorException.Kinesis("ResourceInUseException", $"Stream {streamName} under account {scope.AccountId} is not ACTIVE; it is UPDATING.");
    }

    private static void ValidateEncryption(string? encryptionType, string? keyId)
    {
        if (encryptionType is null)
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", "EncryptionType is required.");
        }

        if (encryptionType != "KMS")
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", $"EncryptionType '{encryptionType}' is not valid; the only valid value is KMS.");
        }

        if (keyId is null)
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", "KeyId is required.");
        }

        if (keyId.Length is < 1 or > 2048)
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", $"KeyId must be 1 to 2048 characters long (it was {keyId.Length}).");
        }
    }

    private static string ResolveName(Scope scope, string? name, string? arn)
    {
        if (arn is not null)
        {
            if (!KinesisStreamArn.TryParse(arn, out var parsed))
            {
                throw EmulatorException.Kinesis("InvalidArgumentException", $"StreamARN '{arn}' is not a Kinesis stream ARN.");
            }

            if (parsed.Region != scope.Region || parsed.AccountId != scope.AccountId || parsed.Partition != AwsRegion.PartitionOf(scope.Region))
            {
                throw EmulatorException.Kinesis("AccessDeniedException", $"StreamARN {arn} belongs to another account or region than the caller ({scope}).");
            }

            if (name is not null && name != parsed.StreamName)
            {
                throw EmulatorException.Kinesis("InvalidArgumentException", "StreamName and StreamARN name different streams.");
            }

            return parsed.StreamName;
        }

        Invalid(KinesisStreamArn.ValidateStreamName(name, "StreamName"));
        return name!;
    }

    private static void Invalid(string? error)
    {
        if (error is not null)
        {
            throw EmulatorException.Kinesis("InvalidArgumentException", error);
        }
    }

    private static EmulatorException NotFound(Scope scope, string name) =>
        EmulatorException.Kinesis("ResourceNotFoundException", $"Stream {name} under account {scope.AccountId} not found.");
}
