using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Audit;

/// <summary>Changes through the real service and emulator, with the audit trail in a SQLite file.</summary>
public sealed class AuditedChangeTests : IAsyncLifetime
{
    private const string Region = "us-east-1";
    private static readonly InventoryKey At = new("123456789012", Region);
    private const string Domain = "insurance-billing-prod";
    private const string Stream = "insurance-billing-prod-export";

    private readonly string _directory = Directory.CreateTempSubdirectory("audited-").FullName;
    private ConsoleWebApplication _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string AuditPath => Path.Combine(_directory, "audit.db");

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(
        [
            new("Emulator:Throttling:Enabled", "false"),
            new("CustomerProfiles:RateLimitingEnabled", "false"),
            new("CustomerProfiles:MaxAttempts", "1"),
            new("Audit:DatabasePath", AuditPath),
        ], cancellationToken: Ct);
        await _app.StartAsync(Ct);
    }

    [Fact]
    public async Task Delete_ConsoleStopsWhileAwsWorks_IntentAlreadyOnDisk()
    {
        _app.Emulator!.Services.GetRequiredService<FaultInjector>().Set("DeleteEventStream", new FaultRule { LatencyMs = 1500 });
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var delete = service.DeleteEventStreamAsync(At, Domain, Stream, Ct);
        AuditRecord? pending = null;
        // A second, independent reader of the file, as the console would be after a crash and restart.
        await using (var afterCrash = new AuditStore(AuditPath))
        {
            for (var i = 0; i < 100 && pending is null; i++)
            {
                pending = (await afterCrash.QueryAsync(new AuditQuery(Action: AuditActions.DeleteEventStream), 0, 1, Ct)).Items.FirstOrDefault();
                if (pending is null)
                {
                    await Task.Delay(20, Ct);
                }
            }
        }

        Assert.False(delete.IsCompleted, "the intent must be readable while AWS is still working");
        await delete;
        var completed = await _app.Services.GetRequiredService<AuditStore>().FindAsync(pending!.Id, Ct);

        Assert.Equal(AuditResult.Pending, pending.Result);
        Assert.Equal("Ada Admin", pending.UserName);
        Assert.Equal($"arn:aws:profile:{Region}:123456789012:domains/{Domain}/event-streams/{Stream}", pending.Target.Arn);
        Assert.StartsWith("arn:aws:kinesis:", pending.Before["Uri"], StringComparison.Ordinal);
        Assert.Equal(AuditResult.Succeeded, completed!.Result);
        Assert.False(string.IsNullOrEmpty(completed.RequestId));
    }

    [Fact]
    public async Task Create_AwsFails_OutcomeFailedWithTheError()
    {
        _app.Emulator!.Services.GetRequiredService<FaultInjector>().Set("TagResource", new FaultRule { FailNext = 1 });
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Tess TagEditor", "EventStreams.TagEditor");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var detail = await service.GetEventStreamAsync(At, Domain, Stream, Ct);

        var result = await service.ApplyTagChangesAsync(At, Domain, detail.EventStreamArn,
            TagChangeSet.Between(detail.Tags, [.. detail.Tags, new("audit-check", "ops")]), Ct);
        var entry = Assert.Single((await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Action: AuditActions.TagResource), 0, 10, Ct)).Items);

        Assert.False(result.AllSucceeded);
        Assert.Equal(AuditResult.Failed, entry.Result);
        Assert.Contains("InternalServerException", entry.Error, StringComparison.Ordinal);
        // The request id has its own column; the error text does not repeat it.
        Assert.False(string.IsNullOrEmpty(entry.RequestId));
        Assert.DoesNotContain(entry.RequestId!, entry.Error, StringComparison.Ordinal);
        Assert.Null(entry.Before["Tag:audit-check"]);
        Assert.Equal("ops", entry.After["Tag:audit-check"]);
        Assert.Equal(["EventStreams.TagEditor"], entry.Roles);
    }

    [Fact]
    public async Task Delete_AuditStoreCannotWrite_NothingChangedAtAws()
    {
        await using (var connection = new SqliteConnection($"Data Source={AuditPath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON audit_entries BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var counter = _app.Emulator!.Services.GetRequiredService<RequestCounter>();
        counter.Reset();
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var ex = await Assert.ThrowsAsync<AuditUnavailableException>(() => service.DeleteEventStreamAsync(At, Domain, Stream, Ct));
        var stillThere = await _app.Services.GetRequiredService<RegionClients>().Profiles(At).GetEventStreamAsync(
            new GetEventStreamRequest { DomainName = Domain, EventStreamName = Stream }, Ct);

        Assert.Contains("nothing was changed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(counter.Snapshot(), c => c.Operation == "DeleteEventStream");
        Assert.EndsWith("/event-streams/" + Stream, stillThere.EventStreamArn, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
