using System.Text;
using System.Text.Json;
using EventStreamConsole.Storage;
using Microsoft.Data.Sqlite;

namespace EventStreamConsole.Audit;

/// <summary>
/// The audit trail in SQLite (WAL, synchronous=FULL): the intent is a committed row before AWS is called and the outcome
/// updates it afterwards, so a crash in between leaves the intent as Pending. Entries are never deleted by the console.
/// </summary>
public sealed class AuditStore : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS audit_entries (
            id TEXT PRIMARY KEY, recorded_at INTEGER NOT NULL, user_name TEXT NOT NULL, user_object_id TEXT NOT NULL,
            roles TEXT NOT NULL, action TEXT NOT NULL, target_arn TEXT NOT NULL, region TEXT NOT NULL, domain_name TEXT NOT NULL,
            event_stream_name TEXT NOT NULL, before_json TEXT NOT NULL, after_json TEXT NOT NULL, result TEXT NOT NULL,
            error TEXT, request_id TEXT, completed_at INTEGER);
        CREATE INDEX IF NOT EXISTS audit_entries_recorded_at ON audit_entries (recorded_at DESC);
        """;

    // Trails written before operations existed gain the column; their entries belong to none.
    private const string OperationColumn = """
        ALTER TABLE audit_entries ADD COLUMN operation_id TEXT;
        """;

    private const string OperationIndex = "CREATE INDEX IF NOT EXISTS audit_entries_operation ON audit_entries (operation_id) WHERE operation_id IS NOT NULL;";

    private const string Columns = "id, recorded_at, user_name, user_object_id, roles, action, target_arn, region, domain_name, " +
        "event_stream_name, before_json, after_json, result, error, request_id, completed_at, operation_id";

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Opens (or creates) the trail at <paramref name="path"/>; null keeps it in memory.</summary>
    public AuditStore(string? path)
    {
        _connection = SqliteFile.Open(path, Schema);
        using var columns = _connection.CreateCommand();
        columns.CommandText = "SELECT COUNT(*) FROM pragma_table_info('audit_entries') WHERE name = 'operation_id'";
        var hasOperation = Convert.ToInt32(columns.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        using var migrate = _connection.CreateCommand();
        migrate.CommandText = (hasOperation ? "" : OperationColumn) + OperationIndex;
        migrate.ExecuteNonQuery();
    }

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
        await ExecuteAsync($"INSERT INTO audit_entries ({Columns}) VALUES (@id, @recorded_at, @user_name, @user_object_id, @roles, @action, " +
            "@target_arn, @region, @domain_name, @event_stream_name, @before_json, @after_json, @result, @error, @request_id, @completed_at, @operation_id)",
            command =>
            {
                command.Parameters.AddWithValue("@id", record.Id);
                command.Parameters.AddWithValue("@recorded_at", record.RecordedAt.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("@user_name", record.UserName);
                command.Parameters.AddWithValue("@user_object_id", record.UserObjectId);
                command.Parameters.AddWithValue("@roles", string.Join(",", record.Roles));
                command.Parameters.AddWithValue("@action", record.Action);
                command.Parameters.AddWithValue("@target_arn", record.Target.Arn);
                command.Parameters.AddWithValue("@region", record.Target.Region);
                command.Parameters.AddWithValue("@domain_name", record.Target.DomainName);
                command.Parameters.AddWithValue("@event_stream_name", record.Target.EventStreamName);
                command.Parameters.AddWithValue("@before_json", JsonSerializer.Serialize(record.Before));
                command.Parameters.AddWithValue("@after_json", JsonSerializer.Serialize(record.After));
                command.Parameters.AddWithValue("@result", record.Result.ToString());
                command.Parameters.AddWithValue("@error", (object?)record.Error ?? DBNull.Value);
                command.Parameters.AddWithValue("@request_id", (object?)record.RequestId ?? DBNull.Value);
                command.Parameters.AddWithValue("@completed_at", (object?)record.CompletedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
                command.Parameters.AddWithValue("@operation_id", (object?)record.OperationId ?? DBNull.Value);
            }, cancellationToken);

    /// <summary>Records the outcome of a pending intent; an entry that already has one keeps it.</summary>
    public async Task CompleteAsync(string id, AuditResult result, string? requestId, string? error, DateTimeOffset completedAt, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE audit_entries SET result = @result, request_id = @request_id, error = @error, completed_at = @completed_at " +
            "WHERE id = @id AND result = 'Pending'",
            command =>
            {
                command.Parameters.AddWithValue("@id", id);
                command.Parameters.AddWithValue("@result", result.ToString());
                command.Parameters.AddWithValue("@request_id", (object?)requestId ?? DBNull.Value);
                command.Parameters.AddWithValue("@error", (object?)error ?? DBNull.Value);
                command.Parameters.AddWithValue("@completed_at", completedAt.ToUnixTimeMilliseconds());
            }, cancellationToken);

    /// <summary>Newest first; <paramref name="take"/> entries after skipping <paramref name="skip"/>, with the total that match.</summary>
    public async Task<AuditPage> QueryAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var count = _connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM audit_entries" + Where(query, count);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

            using var select = _connection.CreateCommand();
            select.CommandText = $"SELECT {Columns} FROM audit_entries{Where(query, select)} ORDER BY recorded_at DESC, id LIMIT @take OFFSET @skip";
            select.Parameters.AddWithValue("@take", take);
            select.Parameters.AddWithValue("@skip", skip);
            var items = new List<AuditRecord>();
            using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
            }

            return new AuditPage(items, total);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<AuditRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var select = _connection.CreateCommand();
            select.CommandText = $"SELECT {Columns} FROM audit_entries WHERE id = @id";
            select.Parameters.AddWithValue("@id", id);
            using var reader = await select.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _gate.Dispose();
    }

    private async Task ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string Where(AuditQuery query, SqliteCommand command)
    {
        var clauses = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            clauses.Add("(instr(lower(user_name), lower(@user)) > 0 OR user_object_id = @user)");
            command.Parameters.AddWithValue("@user", query.User.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Stream))
        {
            clauses.Add("(instr(lower(event_stream_name), lower(@stream)) > 0 OR instr(lower(domain_name), lower(@stream)) > 0 OR target_arn = @stream)");
            command.Parameters.AddWithValue("@stream", query.Stream.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            clauses.Add("action = @action");
            command.Parameters.AddWithValue("@action", query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.Operation))
        {
            clauses.Add("operation_id = @operation");
            command.Parameters.AddWithValue("@operation", query.Operation.Trim());
        }

        if (query.Result is { } result)
        {
            clauses.Add("result = @result");
            command.Parameters.AddWithValue("@result", result.ToString());
        }

        if (query.From is { } from)
        {
            clauses.Add("recorded_at >= @from");
            command.Parameters.AddWithValue("@from", from.ToUnixTimeMilliseconds());
        }

        if (query.To is { } to)
        {
            clauses.Add("recorded_at < @to");
            command.Parameters.AddWithValue("@to", to.ToUnixTimeMilliseconds());
        }

        return clauses.Count == 0 ? "" : new StringBuilder(" WHERE ").AppendJoin(" AND ", clauses).ToString();
    }

    private static AuditRecord Read(SqliteDataReader r) => new(
        r.GetString(0),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries),
        r.GetString(5),
        new AuditTarget(r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(6)),
        JsonSerializer.Deserialize<Dictionary<string, string?>>(r.GetString(10)) ?? [],
        JsonSerializer.Deserialize<Dictionary<string, string?>>(r.GetString(11)) ?? [],
        Enum.Parse<AuditResult>(r.GetString(12)),
        r.IsDBNull(13) ? null : r.GetString(13),
        r.IsDBNull(14) ? null : r.GetString(14),
        r.IsDBNull(15) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(15)),
        r.IsDBNull(16) ? null : r.GetString(16));
}
