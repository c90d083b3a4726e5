using EventStreamConsole.Inventory;
using Microsoft.Data.Sqlite;

namespace EventStreamConsole.Health;

/// <summary>The history store's outage acknowledgements: recorded by the service, carried by the sweep, read by the pages.</summary>
public sealed partial class HealthHistoryStore
{
    /// <summary>Records (or replaces) the acknowledgement of a stream's ongoing outage.</summary>
    public void Acknowledge(OutageAcknowledgement ack)
    {
        ArgumentNullException.ThrowIfNull(ack);
        lock (_gate)
        {
            Run($"INSERT INTO outage_acks ({AckColumns}) VALUES (@account, @region, @domain, @stream, @arn, @since, @note, @by, @byId, @at) " +
                "ON CONFLICT (arn) DO UPDATE SET outage_since = excluded.outage_since, note = excluded.note, by_name = excluded.by_name, " +
                "by_id = excluded.by_id, at = excluded.at", null,
                ("@account", ack.Key.Account), ("@region", ack.Key.Region), ("@domain", ack.DomainName), ("@stream", ack.EventStreamName),
                ("@arn", ack.EventStreamArn), ("@since", ack.OutageSince.ToUnixTimeMilliseconds()), ("@note", ack.Note), ("@by", ack.ByName),
                ("@byId", ack.ByObjectId), ("@at", ack.At.ToUnixTimeMilliseconds()));
        }
    }

    /// <summary>
    /// The next transition of an acknowledged outage carries its acknowledgement (the alert says who knows and why): the
    /// transition that ends it, or one while it lasts (same UnhealthySince). Then an acknowledgement whose outage is over
    /// — the stream is no longer UNHEALTHY, or is UNHEALTHY since another moment (a recovery between two sweeps) — ends, so
    /// it never speaks for a later outage.
    /// </summary>
    private void CarryAcknowledgements(InventorySnapshot snapshot, List<HealthTransition> recorded, SqliteTransaction transaction)
    {
        var acks = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT arn, outage_since FROM outage_acks WHERE account = @account AND region = @region";
            command.Parameters.AddWithValue("@account", snapshot.Key.Account);
            command.Parameters.AddWithValue("@region", snapshot.Key.Region);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                acks[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        if (acks.Count == 0)
        {
            return;
        }

        var current = snapshot.Entries.Where(e => e.Error is null && e.Stream?.EventStreamArn is not null)
            .ToDictionary(e => e.Stream!.EventStreamArn!, e => e.UnhealthySince is { } since ? Milliseconds(since) : (long?)null, StringComparer.Ordinal);
        foreach (var transition in recorded.Where(t => !t.FirstSeen && acks.ContainsKey(t.EventStreamArn)))
        {
            var ends = transition is { Kind: TransitionKind.Status, To: "HEALTHY" };
            if (ends || Same(current.GetValueOrDefault(transition.EventStreamArn), acks[transition.EventStreamArn]))
            {
                Run("INSERT OR IGNORE INTO transition_acks (transition_id, outage_since, note, by_name, by_id, at) " +
                    "SELECT @id, outage_since, note, by_name, by_id, at FROM outage_acks WHERE arn = @arn", transaction,
                    ("@id", transition.Id), ("@arn", transition.EventStreamArn));
            }
        }

        foreach (var (arn, since) in acks)
        {
            if (current.TryGetValue(arn, out var unhealthySince) && !Same(unhealthySince, since))
            {
                Run("DELETE FROM outage_acks WHERE arn = @arn", transaction, ("@arn", arn));
            }
        }

        static bool Same(long? unhealthySince, long outageSince) => unhealthySince is { } at && Math.Abs(at - outageSince) < 1000;

        static long Milliseconds(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
    }

    private Dictionary<string, OutageAcknowledgement> LoadAcknowledgements(string? arn)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {AckColumns} FROM outage_acks" + (arn is null ? "" : " WHERE arn = @arn");
        if (arn is not null)
        {
            command.Parameters.AddWithValue("@arn", arn);
        }

        using var reader = command.ExecuteReader();
        var acks = new Dictionary<string, OutageAcknowledgement>(StringComparer.Ordinal);
        while (reader.Read())
        {
            acks[reader.GetString(4)] = new OutageAcknowledgement(new InventoryKey(reader.GetString(0), reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)));
        }

        return acks;
    }
}
