using Bunit;
using EventStreamConsole.Audit;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.Tests.Audit;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.Components.Pages;

public sealed class AuditTrailTests : PageTestContext
{
    public AuditTrailTests()
    {
        Service.AuditRecords.Add(AuditStoreTests.Record("Tess TagEditor", AuditActions.TagResource) with
        {
            Before = new Dictionary<string, string?> { ["Tag:owner"] = "ann" },
            After = new Dictionary<string, string?> { ["Tag:owner"] = "bob" },
            Result = AuditResult.Succeeded,
            RequestId = "rid-42",
        });
        Service.AuditRecords.Add(AuditStoreTests.Record("Victor Viewer", AuditActions.DeleteEventStream) with
        {
            Result = AuditResult.Refused,
            Error = "Deleting event streams needs the EventStreams.Admin role; you have EventStreams.Viewer.",
        });
        Service.AuditRecords.Add(AuditStoreTests.Record("Ada Admin", AuditActions.CreateEventStream));
        RenderProviders();
    }

    [Fact]
    public void Render_Entries_WhoWhatWhereAndOutcome()
    {
        var cut = Render<AuditTrail>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.Contains("Tess TagEditor", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Tag owner: ann → bob", cut.FindAll(".audit-changes li").Select(li => li.TextContent));
        Assert.Contains("Destination: arn:aws:kinesis:us-east-1:123456789012:stream/orders (removed)", cut.FindAll(".audit-changes li").Select(li => li.TextContent));
        Assert.Equal(["Tags changed", "Stream deleted", "Stream created"], cut.FindAll("tbody tr.mud-table-row").Select(r => r.Children[2].TextContent.Trim()));
        Assert.DoesNotContain("TagResource", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("—", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("request rid-42", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Refused (role)", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("needs the EventStreams.Admin role", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("No outcome recorded", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("/domains/orders/streams/orders-export?region=us-east-1", cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Filter_User_QueriesTheServiceAndKeepsTheFilterInTheAddressAndExport()
    {
        var cut = Render<AuditTrail>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr.mud-table-row").Count));

        cut.Find(".filter-field-wide input").Input("tess");
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")));
        Assert.Equal("tess", Service.AuditQueries[^1].User);
        Assert.EndsWith("/audit?user=tess", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("/audit/export.csv?user=tess", cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Render_FiltersInTheAddress_AppliedOnOpen()
    {
        Navigation.NavigateTo("/audit?action=DeleteEventStream&result=Refused");

        var cut = Render<AuditTrail>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")));
        Assert.Equal(new AuditQuery(Action: AuditActions.DeleteEventStream, Result: AuditResult.Refused), Service.AuditQueries[^1]);
    }

    [Fact]
    public void Render_ServiceRefuses_SaysWhy()
    {
        Service.Failure = new EventStreamConsole.Service.ConsoleAccessDeniedException(EventStreamConsole.Authentication.ConsolePermission.ViewAudit,
            FakeEventStreamService.UserOf(EventStreamConsole.Authentication.ConsoleRole.Viewer), "Reading the audit trail needs the EventStreams.Auditor or EventStreams.Admin role; you have EventStreams.Viewer.");

        var cut = Render<AuditTrail>();

        cut.WaitForAssertion(() => Assert.Contains("Reading the audit trail needs", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_LongTagChange_FirstFewAndHowManyMoreUntilExpanded()
    {
        Service.AuditRecords.Insert(0, AuditStoreTests.Record("Maria Lopez", AuditActions.TagResource) with
        {
            Before = Enumerable.Range(1, 46).ToDictionary(i => $"Tag:key-{i:00}", _ => (string?)null),
            After = Enumerable.Range(1, 46).ToDictionary(i => $"Tag:key-{i:00}", i => (string?)$"value-{i}"),
            Result = AuditResult.Succeeded,
        });
        var cut = Render<AuditTrail>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
        var row = cut.FindAll("tbody tr.mud-table-row")[0];

        Assert.Equal(AuditWords.ShownChanges, row.QuerySelectorAll(".audit-changes li").Length);
        Assert.Contains("… and 41 more", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tags added", row.Children[2].TextContent, StringComparison.Ordinal);

        cut.FindAll("button").Single(b => b.TextContent.Contains("Show all 46 changes", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal(46, cut.FindAll("tbody tr.mud-table-row")[0].QuerySelectorAll(".audit-changes li").Length));
        var fewer = cut.FindAll("button").Single(b => b.TextContent.Contains("Show fewer", StringComparison.Ordinal));
        Assert.Equal("true", fewer.GetAttribute("aria-expanded"));
        Assert.DoesNotContain("… and 41 more", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FromAfterTo_SaysSoNamingTheFieldsAndDoesNotQuery()
    {
        Navigation.NavigateTo("/audit?from=2026-11-20&to=2026-11-03");

        var cut = Render<AuditTrail>();

        cut.WaitForAssertion(() => Assert.Contains("From (UTC day) 2026-11-20 is after To (UTC day) 2026-11-03",
            cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Empty(Service.AuditQueries);
        Assert.Empty(cut.FindAll("tbody tr.mud-table-row"));
        Assert.Contains("Must be on or before To", cut.Markup, StringComparison.Ordinal);
    }
}
