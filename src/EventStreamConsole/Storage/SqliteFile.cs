using Microsoft.Data.Sqlite;

namespace EventStreamConsole.Storage;

/// <summary>
/// Opens the console's own SQLite stores (audit trail, health history): the file and its folder created when missing, WAL
/// with synchronous=FULL so a committed row survives a crash, and the schema applied. A null path keeps the store in memory.
/// </summary>
public static class SqliteFile
{
    public static SqliteConnection Open(string? path, string schema)
    {
        if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path ?? ":memory:", Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = (path is null ? "" : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; ") + "PRAGMA busy_timeout=5000; " + schema;
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A configured path under the content root; null for "" (kept in memory, for tests).</summary>
    public static string? UnderContentRoot(IHostEnvironment environment, string configuredPath) =>
        configuredPath.Length == 0 ? null : Path.Combine(environment.ContentRootPath, configuredPath);
}
