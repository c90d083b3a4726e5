using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Inventory;
using EventStreamConsole.Storage;
using EventStreamConsole.ViewModels;
using Microsoft.Data.Sqlite;

namespace EventStreamConsole.Health;

/// <summary>
/// Health and state transitions in SQLite (WAL, synchronous=FULL), with the last known condition of every stream and the
/// webhook outbox. Comparing a sweep with the stored condition, writing its transitions and queueing their webhooks is one
/// transaction, so each transition is recorded — and announced — exactly once, across restarts too.
/// </summary>
public sealed partial class HealthHistoryStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS stream_condition (
            arn TEXT PRIMARY KEY, account TEXT NOT NULL, region TEXT NOT NULL, status TEXT NOT NULL, state TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS transitions (
            id TEXT PRIMARY KEY, account TEXT NOT NULL, region TEXT NOT NULL, domain_name TEXT NOT NULL, event_stream_name TEXT NOT NULL,
            arn TEXT NOT NULL, kind TEXT NOT NULL, from_value TEXT, to_value TEXT NOT NULL, at INTEGER NOT NULL, observed_at INTEGER NOT NULL,
            message TEXT, first_seen INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS transitions_at ON transitions (at DESC);
        CREATE INDEX IF NOT EXISTS transitions_arn ON transitions (arn, at);
        CREATE TABLE IF NOT EXISTS stream_first_seen (arn TEXT PRIMARY KEY, at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS webhook_outbox (
            transition_id TEXT NOT NULL, webhook TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL,
            delivered_at INTEGER, given_up INTEGER NOT NULL DEFAULT 0, last_error TEXT, PRIMARY KEY (transition_id, webhook));
        CREATE TABLE IF NOT EXISTS outage_acks (
            arn TEXT PRIMARY KEY, account TEXT NOT NULL, region TEXT NOT NULL, domain_name TEXT NOT NULL, event_stream_name TEXT NOT NULL,
            outage_since INTEGER NOT NULL, note TEXT NOT NULL, by_name TEXT NOT NULL, by_id TEXT NOT NULL, at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS transition_acks (
            transition_id TEXT PRIMARY KEY, outage_since INTEGER NOT NULL, note TEXT NOT NULL, by_name TEXT NOT NULL, by_id TEXT NOT NULL, at INTEGER NOT NULL);
        """;

    private const string AckColumns = "account, region, domain_name, event_stream_name, arn, outage_since, note, by_name, by_id, at";

    private const string TransitionColumns = "id, account, region, domain_name, event_stream_name, arn, kind, from_value, to_value, at, observed_at, message, first_seen";

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    /// <summary>Opens (or creates) the history at <paramref name="path"/>; null keeps it in memory.</summary>
    public HealthHistoryStore(string? path) => _connection = SqliteFile.Open(path, Schema);

    /// <summary>
    /// Compares a complete read of a region with the stored condition of its streams and records what changed. Streams read
    /// for the first time are stored as they are (an UNHEALTHY or STOPPED one gets a first-seen transition, not announced).
    /// Domains whose read failed are left alone. Returns the new transitions.
    /// </summary>
    public IReadOnlyList<HealthTransition> Record(InventorySnapshot snapshot, DateTimeOffset observedAt, Func<HealthTransition, IEnumerable<string>> webhooksFor)
    {
        var recorded = new List<HealthTransition>();
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var known = LoadConditions(snapshot.Key, transaction);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in snapshot.Entries.Where(e => e.Error is null && e.Stream is not null))
            {
                var stream = entry.Stream!;
                seen.Add(stream.EventStreamArn ?? "");
                var status = WireLabels.Of(entry.Status);
                var state = WireLabels.Of(stream.State);
                known.TryGetValue(stream.EventStreamArn ?? "", out var before);
                var firstSeen = before is null;
                if (before?.Status != status && (!firstSeen || status != "HEALTHY"))
                {
                    var at = status == "UNHEALTHY" && entry.UnhealthySince is { } since ? new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc)) : observedAt;
                    recorded.Add(Insert(snapshot.Key, entry, TransitionKind.Status, before?.Status, status, at, observedAt, entry.Message, firstSeen, transaction));
                }

                if (before?.State != state && (!firstSeen || state != "RUNNING"))
                {
                    var at = state == "STOPPED" && stream.StoppedSince is { } since ? new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc)) : observedAt;
                    recorded.Add(Insert(snapshot.Key, entry, TransitionKind.State, before?.State, state, at, observedAt, null, firstSeen, transaction));
                }

                // Every sweep, so streams known before this table existed get theirs too (later than the truth: never overstating coverage).
                Run("INSERT OR IGNORE INTO stream_first_seen (arn, at) VALUES (@arn, @at)", transaction,
                    ("@arn", stream.EventStreamArn), ("@at", observedAt.ToUnixTimeMilliseconds()));

                if (before is null || before.Status != status || before.State != state)
                {
                    Run("INSERT INTO stream_condition (arn, account, region, status, state) VALUES (@arn, @account, @region, @status, @state) " +
                        "ON CONFLICT (arn) DO UPDATE SET status = excluded.status, state = excluded.state", transaction,
                        ("@arn", stream.EventStreamArn), ("@account", snapshot.Key.Account), ("@region", snapshot.Key.Region), ("@status", status), ("@state", state));
                }
            }

            // A stream that is gone (deleted) starts afresh if it comes back.
            var failedDomains = snapshot.Entries.Any(e => e.Error is not null);
            foreach (var arn in known.Keys.Where(a => !seen.Contains(a) && !failedDomains))
            {
                Run("DELETE FROM stream_condition WHERE arn = @arn; DELETE FROM stream_first_seen WHERE arn = @arn; DELETE FROM outage_acks WHERE arn = @arn",
                    transaction, ("@arn", arn));
            }

            CarryAcknowledgements(snapshot, recorded, transaction);

            foreach (var transition in recorded.Where(t => !t.FirstSeen))
            {
                foreach (var webhook in webhooksFor(transition))
                {
                    Run("INSERT OR IGNORE INTO webhook_outbox (transition_id, webhook, attempts, next_attempt_at) VALUES (@id, @webhook, 0, @now)", transaction,
                        ("@id", transition.Id), ("@webhook", webhook), ("@now", observedAt.ToUnixTimeMilliseconds()));
                }
            }

            transaction.Commit();
        }

        return recorded;
    }

    /// <summary>Transitions since <paramref name="since"/>, newest first, optionally of one stream (by ARN).</summary>
    public IReadOnlyList<HealthTransition> Query(DateTimeOffset since, string? arn = null)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT {TransitionColumns} FROM transitions WHERE at >= @since" + (arn is null ? "" : " AND arn = @arn") + " ORDER BY at DESC, observed_at DESC";
            command.Parameters.AddWithValue("@since", since.ToUnixTimeMilliseconds());
            if (arn is not null)
            {
                command.Parameters.AddWithValue("@arn", arn);
            }

            using var reader = command.ExecuteReader();
            var list = new List<HealthTransition>();
            while (reader.Read())
            {
                list.Add(ReadTransition(reader));
            }

            return list;
        }
    }

    /// <summary>
    /// What a window starting at <paramref name="since"/> needs: its transitions, the last one of each kind before it for each
    /// stream (an outage begun before the window), and when each stream was first read; optionally of one stream (by ARN).
    /// </summary>
    public HealthHistory Window(DateTimeOffset since, string? arn = null)
    {
        var inWindow = Query(since, arn);
        lock (_gate)
        {
            var streamFilter = arn is null ? "" : " AND t.arn = @arn";
            var transitions = new List<HealthTransition>(inWindow);
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = $"SELECT {string.Join(", ", TransitionColumns.Split(", ").Select(c => "t." + c))} FROM transitions t WHERE t.at < @since{streamFilter} " +
                    "AND t.at = (SELECT MAX(u.at) FROM transitions u WHERE u.arn = t.arn AND u.kind = t.kind AND u.at < @since)";
                command.Parameters.AddWithValue("@since", since.ToUnixTimeMilliseconds());
                if (arn is not null)
                {
                    command.Parameters.AddWithValue("@arn", arn);
                }

                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    transitions.Add(ReadTransition(reader));
                }
            }

            var firstSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT arn, at FROM stream_first_seen" + (arn is null ? "" : " WHERE arn = @arn");
                if (arn is not null)
                {
                    command.Parameters.AddWithValue("@arn", arn);
                }

                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    firstSeen[reader.GetString(0)] = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1));
                }
            }

            return new HealthHistory(since, [.. transitions.OrderByDescending(t => t.At).ThenByDescending(t => t.ObservedAt)], firstSeen)
            {
                Acknowledgements = LoadAcknowledgements(arn),
            };
        }
    }

    /// <summary>Webhook deliveries that are due, oldest transition first, each with the acknowledgement its outage had then.</summary>
    public IReadOnlyList<DueDelivery> DueDeliveries(DateTimeOffset now, int max)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", TransitionColumns.Split(", ").Select(c => "t." + c))}, o.webhook, o.attempts, " +
                "a.outage_since, a.note, a.by_name, a.by_id, a.at FROM webhook_outbox o " +
                "JOIN transitions t ON t.id = o.transition_id LEFT JOIN transition_acks a ON a.transition_id = t.id " +
                "WHERE o.delivered_at IS NULL AND o.given_up = 0 AND o.next_attempt_at <= @now ORDER BY t.observed_at, t.id LIMIT @max";
            command.Parameters.AddWithValue("@now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("@max", max);
            using var reader = command.ExecuteReader();
            var list = new List<DueDelivery>();
            while (reader.Read())
            {
                var transition = ReadTransition(reader);
                var ack = reader.IsDBNull(15) ? null : new OutageAcknowledgement(transition.Key, transition.DomainName, transition.EventStreamName,
                    transition.EventStreamArn, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(15)), reader.GetString(16), reader.GetString(17),
                    reader.GetString(18), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(19)));
                list.Add(new DueDelivery(transition, reader.GetString(13), reader.GetInt32(14), ack));
            }

            return list;
        }
    }

    public void MarkDelivered(string transitionId, string webhook, DateTimeOffset at)
    {
        lock (_gate)
        {
            Run("UPDATE webhook_outbox SET delivered_at = @at, attempts = attempts + 1, last_error = NULL WHERE transition_id = @id AND webhook = @webhook", null,
                ("@at", at.ToUnixTimeMilliseconds()), ("@id", transitionId), ("@webhook", webhook));
        }
    }

    public void MarkFailed(string transitionId, string webhook, DateTimeOffset nextAttempt, string error, bool giveUp)
    {
        lock (_gate)
        {
            Run("UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error, given_up = @giveUp WHERE transition_id = @id AND webhook = @webhook", null,
                ("@next", nextAttempt.ToUnixTimeMilliseconds()), ("@error", error), ("@giveUp", giveUp ? 1 : 0), ("@id", transitionId), ("@webhook", webhook));
        }
    }

    /// <summary>
    /// Deletes transitions (and their deliveries) older than <paramref name="before"/>, except each stream's latest of each
    /// kind: an outage older than the retention is still going on, and its start must not vanish.
    /// </summary>
    public void Prune(DateTimeOffset before)
    {
        const string Old = "SELECT id FROM transitions t WHERE t.observed_at < @before " +
            "AND t.at < (SELECT MAX(u.at) FROM transitions u WHERE u.arn = t.arn AND u.kind = t.kind)";
        lock (_gate)
        {
            Run($"DELETE FROM webhook_outbox WHERE transition_id IN ({Old}); DELETE FROM transition_acks WHERE transition_id IN ({Old}); DELETE FROM transitions WHERE id IN ({Old})",
                null, ("@before", before.ToUnixTimeMilliseconds()));
        }
    }

    public void Dispose()
    {
        // A sweep's write may still be running while the app stops; closing under it broke its transaction's rollback.
        lock (_gate)
        {
            _connection.Dispose();
        }
    }

    private HealthTransition Insert(InventoryKey key, InventoryEntry entry, TransitionKind kind, string? from, string to, DateTimeOffset at, DateTimeOffset observedAt,
        string? message, bool firstSeen, SqliteTransaction transaction)
    {
        var transition = new HealthTransition(Guid.NewGuid().ToString("N"), key, entry.DomainName, entry.Stream!.EventStreamName ?? "", entry.Stream.EventStreamArn ?? "",
            kind, from, to, at, observedAt, message, firstSeen);
        Run($"INSERT INTO transitions ({TransitionColumns}) VALUES (@id, @account, @region, @domain, @stream, @arn, @kind, @from, @to, @at, @observed, @message, @first)",
            transaction, ("@id", transition.Id), ("@account", key.Account), ("@region", key.Region), ("@domain", transition.DomainName), ("@stream", transition.EventStreamName),
            ("@arn", transition.EventStreamArn), ("@kind", kind.ToString()), ("@from", from), ("@to", to), ("@at", at.ToUnixTimeMilliseconds()),
            ("@observed", observedAt.ToUnixTimeMilliseconds()), ("@message", message), ("@first", firstSeen ? 1 : 0));
        return transition;
    }

    private Dictionary<string, Condition> LoadConditions(InventoryKey key, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT arn, status, state FROM stream_condition WHERE account = @account AND region = @region";
        command.Parameters.AddWithValue("@account", key.Account);
        command.Parameters.AddWithValue("@region", key.Region);
        using var reader = command.ExecuteReader();
        var conditions = new Dictionary<string, Condition>(StringComparer.Ordinal);
        while (reader.Read())
        {
            conditions[reader.GetString(0)] = new Condition(reader.GetString(1), reader.GetString(2));
        }

        return conditions;
    }

    private static HealthTransition ReadTransition(SqliteDataReader r) => new(
        r.GetString(0), new InventoryKey(r.GetString(1), r.GetString(2)), r.GetString(3), r.GetString(4), r.GetString(5),
        Enum.Parse<TransitionKind>(r.GetString(6)), r.IsDBNull(7) ? null : r.GetString(7), r.GetString(8),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(9)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(10)),
        r.IsDBNull(11) ? null : r.GetString(11), r.GetInt32(12) == 1);

    private void Run(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private sealed record Condition(string Status, string State);
}

/// <summary>One alert to send: the transition, the webhook's name, the attempts so far, and the outage's acknowledgement then.</summary>
public sealed record DueDelivery(HealthTransition Transition, string Webhook, int Attempts, OutageAcknowledgement? Acknowledgement);
