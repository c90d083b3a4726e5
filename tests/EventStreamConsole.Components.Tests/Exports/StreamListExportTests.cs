using Amazon.CustomerProfiles;
using EventStreamConsole.Exports;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Exports;

public sealed class StreamListExportTests
{
    private static readonly InventoryKey s_key = new(Streams.Account, Streams.Region);

    private static InventorySnapshot Snapshot() => new(s_key,
    [
        Streams.Entry("alpha", Streams.Summary("alpha")),
        Streams.Entry("broken", Streams.Summary("broken", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: new DateTime(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc)))
            with { Message = "Kinesis stream was not found" },
        Streams.Entry("paused", Streams.Summary("paused", EventStreamState.STOPPED)),
        Streams.Entry("empty", null),
    ], DateTimeOffset.UtcNow, false, 4, 4, null);

    [Fact]
    public void Rows_SortedFilteredQuery_EveryMatchInOrderWhateverThePage()
    {
        var rows = StreamListExport.Rows(Snapshot(), new InventoryQuery(Page: 3, PageSize: 10));

        Assert.Equal(["broken", "paused", "alpha", "empty"], rows.Select(r => r.Domain));
        Assert.Equal(("UNHEALTHY", "RUNNING", "Kinesis stream was not found"), (rows[0].DestinationHealth, rows[0].State, rows[0].Message));
        Assert.Null(rows[3].EventStream);
        Assert.Single(StreamListExport.Rows(Snapshot(), new InventoryQuery(Health: HealthFilter.NoStream)));
    }

    [Fact]
    public async Task WriteCsv_FormulaLikeTag_WrittenAsTextUnderTheHeader()
    {
        var snapshot = Snapshot();
        var entries = snapshot.Entries.Select(e => e.DomainName == "alpha"
            ? e with { Stream = Streams.Summary("alpha", tags: new Dictionary<string, string> { ["owner"] = "=HYPERLINK(\"x\")" }) }
            : e).ToList();
        var rows = StreamListExport.Rows(snapshot with { Entries = entries }, new InventoryQuery(Search: "alpha"));
        await using var writer = new StringWriter();

        await StreamListExport.WriteCsvAsync(rows, writer, TestContext.Current.CancellationToken);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(StreamListExport.Header, lines[0]);
        Assert.StartsWith($"{Streams.Account},{Streams.Region},alpha,alpha-export,", lines[1], StringComparison.Ordinal);
        // The tags cell is JSON; its quotes are doubled, and it starts with '{', so no formula can run.
        Assert.Contains("\"{\"\"owner\"\":\"\"=HYPERLINK(\\u0022x\\u0022)\"\"}\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }
}
