using EventStreamConsole.Audit;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.Audit;

public sealed class AuditCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("", "")]
    public void Cell_Value_QuotedAndNeverAFormula(string value, string expected) => Assert.Equal(expected, AuditCsv.Cell(value));

    [Fact]
    public void Row_Record_HasEveryColumnOfTheHeader()
    {
        var record = AuditStoreTests.Record() with { Result = AuditResult.Succeeded, RequestId = "rid-7", CompletedAt = new DateTimeOffset(2026, 11, 28, 3, 0, 1, TimeSpan.Zero) };

        var row = AuditCsv.Row(record);

        Assert.StartsWith("2026-11-28T03:00:00.000Z,Ada Admin,oid-Ada Admin,EventStreams.Admin,DeleteEventStream,Stream deleted,arn:aws:profile:us-east-1:123456789012:domains/orders/event-streams/orders-export,us-east-1,orders,orders-export,", row, StringComparison.Ordinal);
        Assert.EndsWith(",Succeeded,,rid-7,2026-11-28T03:00:01.000Z,", row, StringComparison.Ordinal);
        Assert.Contains("\"{\"\"Uri\"\":", row, StringComparison.Ordinal);
        Assert.Contains(",Destination: arn:aws:kinesis:us-east-1:123456789012:stream/orders (removed); Tag team: core (removed),Succeeded,", row, StringComparison.Ordinal);
    }
}
