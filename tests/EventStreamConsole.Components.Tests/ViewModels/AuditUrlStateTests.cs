using EventStreamConsole.Audit;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

public sealed class AuditUrlStateTests
{
    [Fact]
    public void ToQueryString_ThenParse_SameFilters()
    {
        var query = new AuditQuery("tess", "orders", AuditActions.TagResource, AuditResult.Refused,
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));

        var text = AuditUrlState.ToQueryString(query);
        var parsed = AuditUrlState.Parse(EventStreamConsole.ViewModels.ListUrlState.FromUri("http://x/audit" + text));

        Assert.Equal("?user=tess&stream=orders&action=TagResource&result=Refused&from=2026-11-01&to=2026-11-28", text);
        Assert.Equal(query, parsed);
    }

    [Fact]
    public void Parse_Nonsense_IgnoredFilters()
    {
        var parsed = AuditUrlState.Parse(new Dictionary<string, string?> { ["action"] = "DropTable", ["result"] = "42", ["from"] = "yesterday" });

        Assert.Equal(new AuditQuery(), parsed);
    }

    [Fact]
    public void RangeError_FromAfterTo_NamesBothFieldsAndDays()
    {
        var query = AuditUrlState.Parse(new Dictionary<string, string?> { ["from"] = "2026-11-20", ["to"] = "2026-11-03" });

        Assert.Equal("From (UTC day) 2026-11-20 is after To (UTC day) 2026-11-03, so no entry can match. Pick a From day on or before the To day.",
            AuditUrlState.RangeError(query));
    }

    [Theory]
    [InlineData("2026-11-03", "2026-11-03")]
    [InlineData("2026-11-03", "2026-11-20")]
    [InlineData("2026-11-03", null)]
    [InlineData(null, "2026-11-03")]
    public void RangeError_SameDayInOrderOrOpen_None(string? from, string? to) =>
        Assert.Null(AuditUrlState.RangeError(AuditUrlState.Parse(new Dictionary<string, string?> { ["from"] = from, ["to"] = to })));

    [Fact]
    public void Errors_LastRepresentableDay_RefusedWithoutThrowing()
    {
        var values = new Dictionary<string, string?> { ["to"] = "9999-12-31", ["result"] = "Succeeded,Failed" };

        var errors = AuditUrlState.Errors(values);

        Assert.Contains(errors, e => e.StartsWith("'to' must be a UTC day written yyyy-MM-dd before 9999-12-31", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("'result' must be one of", StringComparison.Ordinal));
        Assert.Null(AuditUrlState.Parse(values).To);
    }
}
