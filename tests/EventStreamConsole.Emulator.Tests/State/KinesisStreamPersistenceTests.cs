using EventStreamConsole.Emulator.State;
using EventStreamConsole.Emulator.Wire;
using Microsoft.Data.Sqlite;

namespace EventStreamConsole.Emulator.Tests.State;

/// <summary>A Kinesis stream's status, encryption and conditions survive a restart; a database from before them still opens.</summary>
public sealed class KinesisStreamPersistenceTests : IDisposable
{
    private static readonly Scope s_scope = new("123456789012", "us-east-1");
    private static readonly DateTime s_created = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly string _directory = Directory.CreateTempSubdirectory("esc-kinesis-").FullName;

    private string DatabasePath => Path.Combine(_directory, "emulator.db");

    [Fact]
    public void Load_UpdatingEncryptedThrottledStream_EveryFieldBack()
    {
        var record = new KinesisStreamRecord(s_scope, "orders", 2, StreamMode.Provisioned, s_created, StreamStatus.Updating, s_created.AddHours(1),
            "alias/orders", KmsKeyUsable: false, DestinationWriteFailure.Throttled);
        using (var first = new SqlitePersistence(DatabasePath))
        {
            first.Apply([new StateChange.KinesisStream(record)]);
        }

        using var second = new SqlitePersistence(DatabasePath);

        Assert.Equal(record, Assert.Single(second.Load().KinesisStreams));
    }

    [Fact]
    public void Open_DatabaseWithoutStatusColumns_AddsThemWithDefaults()
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE kinesis_streams (account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL,
                    shard_count INTEGER NOT NULL, mode TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (account, region, name));
                INSERT INTO kinesis_streams VALUES ('123456789012', 'us-east-1', 'orders', 1, 'Provisioned', 0);
                """;
            command.ExecuteNonQuery();
        }

        using var persistence = new SqlitePersistence(DatabasePath);
        var loaded = Assert.Single(persistence.Load().KinesisStreams);

        Assert.Equal((StreamStatus.Active, (DateTime?)null, (string?)null, true, DestinationWriteFailure.None),
            (loaded.Status, loaded.StatusSince, loaded.KmsKeyId, loaded.KmsKeyUsable, loaded.WriteFailure));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
