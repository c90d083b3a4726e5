using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.Emulator.Operations;
using EventStreamConsole.Emulator.State;

namespace EventStreamConsole.Emulator.Seeding;

/// <summary>
/// The demo's destinations that fail other than by a missing stream, one of each: a Kinesis stream stuck UPDATING, one
/// encrypted with a KMS key whose policy leaves Customer Profiles out, one throttled, one refusing the writes. Each exports a
/// domain that had no event stream, broken for minutes (so the demo's long outages stay those of deleted streams).
/// </summary>
internal static class DemoConditions
{
    private enum Condition
    {
        Updating,
        KmsKeyNotUsable,
        Throttled,
        AccessDenied,
    }

    public static IEnumerable<StateChange> Streams(
        Scope scope, IReadOnlyList<(string Domain, string Team, string Env, string Owner, DateTime Created)> withoutStream, DateTime now, TimeSpan updatingGrace)
    {
        // The last domains by name, so the lists' first unhealthy rows remain deleted streams.
        var picked = withoutStream.OrderByDescending(d => d.Domain, StringComparer.Ordinal).Take(4).ToList();
        var conditions = Enum.GetValues<Condition>();
        for (var i = 0; i < picked.Count; i++)
        {
            var (domain, team, env, owner, created) = picked[i];
            var condition = conditions[i];
            var kinesis = Kinesis(scope, $"cp-events-{team}-{env}-{Suffix(condition)}", condition, created, now);
            var unhealthySince = condition == Condition.Updating ? kinesis.StatusSince!.Value + updatingGrace : now.AddMinutes(-3 - (2 * i));
            var uri = kinesis.Arn;
            var stream = new EventStreamRecord(scope, domain, $"{domain}-export", uri, created.AddHours(2), EventStreamState.Running, null,
                EventStreamDestinationStatus.Healthy, null, null, new Dictionary<string, string> { ["team"] = team, ["env"] = env, ["owner"] = owner });
            var message = DestinationFailures.Of(stream, kinesis, now, updatingGrace)!;
            yield return new StateChange.KinesisStream(kinesis);
            yield return new StateChange.EventStream(stream with
            {
                Status = EventStreamDestinationStatus.Unhealthy,
                UnhealthySince = unhealthySince,
                Message = message,
            });
        }
    }

    private static string Suffix(Condition condition) => condition switch
    {
        Condition.Updating => "resharding",
        Condition.KmsKeyNotUsable => "encrypted",
        Condition.Throttled => "busy",
        _ => "restricted",
    };

    private static KinesisStreamRecord Kinesis(Scope scope, string name, Condition condition, DateTime created, DateTime now)
    {
        var record = new KinesisStreamRecord(scope, name, 1, StreamMode.Provisioned, created.AddHours(1));
        return condition switch
        {
            Condition.Updating => record with { ShardCount = 2, Status = StreamStatus.Updating, StatusSince = now.AddMinutes(-12) },
            Condition.KmsKeyNotUsable => record with { KmsKeyId = $"alias/{name}", KmsKeyUsable = false },
            Condition.Throttled => record with { WriteFailure = DestinationWriteFailure.Throttled },
            _ => record with { WriteFailure = DestinationWriteFailure.AccessDenied },
        };
    }
}
