using EventStreamConsole.Audit;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.Audit;

public sealed class AuditStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("audit-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_directory, "audit.db");

    internal static AuditRecord Record(string user = "Ada Admin", string action = AuditActions.DeleteEventStream, DateTimeOffset? at = null, string stream = "orders-export") => new(
        Guid.NewGuid().ToString("N"), at ?? new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero), user, "oid-" + user, ["EventStreams.Admin"], action,
        new AuditTarget("us-east-1", "orders", stream, $"arn:aws:profile:us-east-1:123456789012:domains/orders/event-streams/{stream}"),
        new Dictionary<string, string?> { ["Uri"] = "arn:aws:kinesis:us-east-1:123456789012:stream/orders", ["Tag:team"] = "core" },
        new Dictionary<string, string?>(), AuditResult.Pending, null, null, null);

    [Fact]
    public async Task Intent_StoreClosedBeforeOutcome_ReopenedStoreShowsItPending()
    {
        var intent = Record();
        var store = new AuditStore(DatabasePath);
        await store.AppendAsync(intent, Ct);
        await store.DisposeAsync();

        await using var reopened = new AuditStore(DatabasePath);
        var found = await reopened.FindAsync(intent.Id, Ct);

        Assert.NotNull(found);
        Assert.Equal(AuditResult.Pending, found.Result);
        Assert.Equal("Ada Admin", found.UserName);
        Assert.Equal(intent.Target, found.Target);
        Assert.Equal(intent.Before, found.Before);
        Assert.Null(found.CompletedAt);
    }

    [Fact]
    public async Task Complete_PendingIntent_RecordsOutcomeOnceOnly()
    {
        await using var store = new AuditStore(DatabasePath);
        var intent = Record();
        await store.AppendAsync(intent, Ct);
        var completed = intent.RecordedAt.AddSeconds(1);

        await store.CompleteAsync(intent.Id, AuditResult.Failed, "rid-1", "InternalServerException: boom", completed, Ct);
        await store.CompleteAsync(intent.Id, AuditResult.Succeeded, "rid-2", null, completed.AddSeconds(5), Ct);
        var found = await store.FindAsync(intent.Id, Ct);

        Assert.Equal(AuditResult.Failed, found!.Result);
        Assert.Equal("rid-1", found.RequestId);
        Assert.Equal("InternalServerException: boom", found.Error);
        Assert.Equal(completed, found.CompletedAt);
    }

    [Fact]
    public async Task Query_Filters_MatchUserStreamActionResultAndDays()
    {
        await using var store = new AuditStore(path: null);
        var day = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        await store.AppendAsync(Record("Ada Admin", AuditActions.CreateEventStream, day.AddHours(1), "orders-export"), Ct);
        await store.AppendAsync(Record("Tess TagEditor", AuditActions.TagResource, day.AddDays(1).AddHours(2), "orders-export"), Ct);
        await store.AppendAsync(Record("Tess TagEditor", AuditActions.UntagResource, day.AddDays(2).AddHours(3), "billing-export") with { Result = AuditResult.Refused }, Ct);

        Assert.Equal(2, (await store.QueryAsync(new AuditQuery(User: "tess"), 0, 10, Ct)).TotalCount);
        Assert.Equal(1, (await store.QueryAsync(new AuditQuery(User: "oid-Ada Admin"), 0, 10, Ct)).TotalCount);
        Assert.Equal(2, (await store.QueryAsync(new AuditQuery(Stream: "ORDERS-EXP"), 0, 10, Ct)).TotalCount);
        Assert.Equal(1, (await store.QueryAsync(new AuditQuery(Action: AuditActions.TagResource), 0, 10, Ct)).TotalCount);
        Assert.Equal(1, (await store.QueryAsync(new AuditQuery(Result: AuditResult.Refused), 0, 10, Ct)).TotalCount);
        var middle = await store.QueryAsync(new AuditQuery(From: day.AddDays(1), To: day.AddDays(2)), 0, 10, Ct);
        Assert.Equal("Tess TagEditor", Assert.Single(middle.Items).UserName);
        var newestFirst = await store.QueryAsync(new AuditQuery(), 0, 2, Ct);
        Assert.Equal(3, newestFirst.TotalCount);
        Assert.Equal([AuditActions.UntagResource, AuditActions.TagResource], newestFirst.Items.Select(i => i.Action));
    }

    [Fact]
    public async Task Query_UserTextWithSqlAndWildcards_MatchedLiterally()
    {
        await using var store = new AuditStore(path: null);
        await store.AppendAsync(Record("Ada Admin"), Ct);

        var injected = await store.QueryAsync(new AuditQuery(User: "' OR 1=1 --"), 0, 10, Ct);
        var wildcard = await store.QueryAsync(new AuditQuery(User: "%"), 0, 10, Ct);

        Assert.Equal(0, injected.TotalCount);
        Assert.Equal(0, wildcard.TotalCount);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
