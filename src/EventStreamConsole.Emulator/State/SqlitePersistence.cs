using System.Text.Json;
using EventStreamConsole.Emulator.Wire;
using Microsoft.Data.Sqlite;

namespace EventStreamConsole.Emulator.State;

/// <summary>
/// SQLite storage in WAL mode with synchronous=FULL: every change is one transaction, so a kill -9 in the
/// middle of writes leaves either the old or the new state, never half of a change.
/// </summary>
public sealed class SqlitePersistence : IEmulatorPersistence
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS domains (
            account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL,
            expiration_days INTEGER NOT NULL, encryption_key TEXT, dlq_url TEXT,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, tags TEXT NOT NULL,
            PRIMARY KEY (account, region, name));
        CREATE TABLE IF NOT EXISTS event_streams (
            account TEXT NOT NULL, region TEXT NOT NULL, domain TEXT NOT NULL, name TEXT NOT NULL,
            uri TEXT NOT NULL, created_at INTEGER NOT NULL, state TEXT NOT NULL, stopped_since INTEGER,
            status TEXT NOT NULL, unhealthy_since INTEGER, message TEXT, tags TEXT NOT NULL,
            PRIMARY KEY (account, region, domain, name));
        CREATE TABLE IF NOT EXISTS kinesis_streams (
            account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL,
            shard_count INTEGER NOT NULL, mode TEXT NOT NULL, created_at INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'Active', status_since INTEGER, kms_key_id TEXT,
            kms_key_usable INTEGER NOT NULL DEFAULT 1, write_failure TEXT NOT NULL DEFAULT 'None',
            PRIMARY KEY (account, region, name));
        CREATE TABLE IF NOT EXISTS domain_quotas (
            account TEXT NOT NULL, region TEXT NOT NULL, value INTEGER NOT NULL,
            PRIMARY KEY (account, region));
        """;

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public SqlitePersistence(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        Execute(Schema);
        AddMissingColumns();
    }

    public PersistedState Load()
    {
        lock (_gate)
        {
            var domains = Query("SELECT account, region, name, expiration_days, encryption_key, dlq_url, created_at, updated_at, tags FROM domains",
                r => new DomainRecord(new Scope(r.GetString(0), r.GetString(1)), r.GetString(2), r.GetInt32(3), NullableString(r, 4), NullableString(r, 5),
                    FromMillis(r.GetInt64(6)), FromMillis(r.GetInt64(7)), ReadTags(r.GetString(8))));
            var streams = Query("SELECT account, region, domain, name, uri, created_at, state, stopped_since, status, unhealthy_since, message, tags FROM event_streams",
                r => new EventStreamRecord(new Scope(r.GetString(0), r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), FromMillis(r.GetInt64(5)),
                    Enum.Parse<EventStreamState>(r.GetString(6)), NullableTime(r, 7), Enum.Parse<EventStreamDestinationStatus>(r.GetString(8)),
                    NullableTime(r, 9), NullableString(r, 10), ReadTags(r.GetString(11))));
            var kinesis = Query("SELECT account, region, name, shard_count, mode, created_at, status, status_since, kms_key_id, kms_key_usable, write_failure FROM kinesis_streams",
                r => new KinesisStreamRecord(new Scope(r.GetString(0), r.GetString(1)), r.GetString(2), r.GetInt32(3), Enum.Parse<StreamMode>(r.GetString(4)), FromMillis(r.GetInt64(5)),
                    Enum.Parse<StreamStatus>(r.GetString(6)), NullableTime(r, 7), NullableString(r, 8), r.GetInt64(9) != 0, Enum.Parse<DestinationWriteFailure>(r.GetString(10))));
            var quotas = Query("SELECT account, region, value FROM domain_quotas", r => (Scope: new Scope(r.GetString(0), r.GetString(1)), Value: r.GetInt32(2)))
                .ToDictionary(q => q.Scope, q => q.Value);
            return new PersistedState(domains, streams, kinesis, quotas);
        }
    }

    public void Apply(IReadOnlyList<StateChange> changes)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var change in changes)
            {
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                Bind(command, change);
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Execute("DELETE FROM domains; DELETE FROM event_streams; DELETE FROM kinesis_streams; DELETE FROM domain_quotas;");
        }
    }

    public void Dispose() => _connection.Dispose();

    private static void Bind(SqliteCommand command, StateChange change)
    {
        switch (change)
        {
            case StateChange.Domain { Removed: true, Record: var d }:
                command.CommandText = "DELETE FROM domains WHERE account=$a AND region=$r AND name=$n";
                Key(command, d.Scope, d.Name);
                break;
            case StateChange.Domain { Record: var d }:
                command.CommandText = """
                    INSERT OR REPLACE INTO domains (account, region, name, expiration_days, encryption_key, dlq_url, created_at, updated_at, tags)
                    VALUES ($a, $r, $n, $days, $key, $dlq, $created, $updated, $tags)
                    """;
                Key(command, d.Scope, d.Name);
                command.Parameters.AddWithValue("$days", d.DefaultExpirationDays);
                command.Parameters.AddWithValue("$key", (object?)d.DefaultEncryptionKey ?? DBNull.Value);
                command.Parameters.AddWithValue("$dlq", (object?)d.DeadLetterQueueUrl ?? DBNull.Value);
                command.Parameters.AddWithValue("$created", ToMillis(d.CreatedAt));
                command.Parameters.AddWithValue("$updated", ToMillis(d.LastUpdatedAt));
                command.Parameters.AddWithValue("$tags", WriteTags(d.Tags));
                break;
            case StateChange.EventStream { Removed: true, Record: var s }:
                command.CommandText = "DELETE FROM event_streams WHERE account=$a AND region=$r AND domain=$d AND name=$n";
                Key(command, s.Scope, s.Name);
                command.Parameters.AddWithValue("$d", s.DomainName);
                break;
            case StateChange.EventStream { Record: var s }:
                command.CommandText = """
                    INSERT OR REPLACE INTO event_streams (account, region, domain, name, uri, created_at, state, stopped_since, status, unhealthy_since, message, tags)
                    VALUES ($a, $r, $d, $n, $uri, $created, $state, $stopped, $status, $unhealthy, $message, $tags)
                    """;
                Key(command, s.Scope, s.Name);
                command.Parameters.AddWithValue("$d", s.DomainName);
                command.Parameters.AddWithValue("$uri", s.Uri);
                command.Parameters.AddWithValue("$created", ToMillis(s.CreatedAt));
                command.Parameters.AddWithValue("$state", s.State.ToString());
                command.Parameters.AddWithValue("$stopped", s.StoppedSince is { } stopped ? ToMillis(stopped) : DBNull.Value);
                command.Parameters.AddWithValue("$status", s.Status.ToString());
                command.Parameters.AddWithValue("$unhealthy", s.UnhealthySince is { } since ? ToMillis(since) : DBNull.Value);
                command.Parameters.AddWithValue("$message", (object?)s.Message ?? DBNull.Value);
                command.Parameters.AddWithValue("$tags", WriteTags(s.Tags));
                break;
            case StateChange.KinesisStream { Removed: true, Record: var k }:
                command.CommandText = "DELETE FROM kinesis_streams WHERE account=$a AND region=$r AND name=$n";
                Key(command, k.Scope, k.Name);
                break;
            case StateChange.KinesisStream { Record: var k }:
                command.CommandText = """
                    INSERT OR REPLACE INTO kinesis_streams (account, region, name, shard_count, mode, created_at, status, status_since, kms_key_id, kms_key_usable, write_failure)
                    VALUES ($a, $r, $n, $shards, $mode, $created, $status, $since, $key, $usable, $failure)
                    """;
                Key(command, k.Scope, k.Name);
                command.Parameters.AddWithValue("$shards", k.ShardCount);
                command.Parameters.AddWithValue("$mode", k.Mode.ToString());
                command.Parameters.AddWithValue("$created", ToMillis(k.CreatedAt));
                command.Parameters.AddWithValue("$status", k.Status.ToString());
                command.Parameters.AddWithValue("$since", k.StatusSince is { } statusSince ? ToMillis(statusSince) : DBNull.Value);
                command.Parameters.AddWithValue("$key", (object?)k.KmsKeyId ?? DBNull.Value);
                command.Parameters.AddWithValue("$usable", k.KmsKeyUsable ? 1 : 0);
                command.Parameters.AddWithValue("$failure", k.WriteFailure.ToString());
                break;
            case StateChange.DomainQuota q:
                command.CommandText = "INSERT OR REPLACE INTO domain_quotas (account, region, value) VALUES ($a, $r, $v)";
                command.Parameters.AddWithValue("$a", q.Scope.AccountId);
                command.Parameters.AddWithValue("$r", q.Scope.Region);
                command.Parameters.AddWithValue("$v", q.Value);
                break;
            default:
                throw new InvalidOperationException($"Unknown state change {change.GetType().Name}.");
        }
    }

    private static void Key(SqliteCommand command, Scope scope, string name)
    {
        command.Parameters.AddWithValue("$a", scope.AccountId);
        command.Parameters.AddWithValue("$r", scope.Region);
        command.Parameters.AddWithValue("$n", name);
    }

    /// <summary>A database written before streams had a status and encryption gains those columns, with their defaults.</summary>
    private void AddMissingColumns()
    {
        var present = Query("SELECT name FROM pragma_table_info('kinesis_streams')", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        (string Name, string Definition)[] added =
        [
            ("status", "TEXT NOT NULL DEFAULT 'Active'"), ("status_since", "INTEGER"), ("kms_key_id", "TEXT"),
            ("kms_key_usable", "INTEGER NOT NULL DEFAULT 1"), ("write_failure", "TEXT NOT NULL DEFAULT 'None'"),
        ];
        foreach (var (name, definition) in added.Where(c => !present.Contains(c.Name)))
        {
            Execute($"ALTER TABLE kinesis_streams ADD COLUMN {name} {definition}");
        }
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> map)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTime? NullableTime(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : FromMillis(reader.GetInt64(ordinal));

    private static long ToMillis(DateTime value) => (value.ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    private static DateTime FromMillis(long millis) => DateTime.UnixEpoch.AddMilliseconds(millis);

    private static string WriteTags(IReadOnlyDictionary<string, string> tags) =>
        JsonSerializer.Serialize(tags, EmulatorJsonContext.Default.IReadOnlyDictionaryStringString);

    private static Dictionary<string, string> ReadTags(string json) =>
        JsonSerializer.Deserialize(json, EmulatorJsonContext.Default.DictionaryStringString) ?? new Dictionary<string, string>();
}
