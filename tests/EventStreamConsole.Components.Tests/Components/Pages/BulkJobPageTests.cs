using Bunit;
using EventStreamConsole.BulkChanges;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Pages;

public sealed class BulkJobPageTests : PageTestContext
{
    public BulkJobPageTests() => RenderProviders();

    [Fact]
    public void Render_Running_ProgressCountsTimeLeftAndCancel()
    {
        Service.Jobs["job1"] = Job(succeeded: 2, failed: 1, waiting: 7);

        var cut = Render<BulkJobPage>(p => p.Add(c => c.JobId, "job1"));

        cut.WaitForAssertion(() => Assert.Contains("Running", cut.Markup, StringComparison.Ordinal));
        var counts = cut.Find(".bulk-counts").TextContent;
        Assert.Contains("2 succeeded", counts, StringComparison.Ordinal);
        Assert.Contains("1 failed", counts, StringComparison.Ordinal);
        Assert.Contains("7 remaining", counts, StringComparison.Ordinal);
        Assert.Contains("left", counts, StringComparison.Ordinal);
        Assert.Equal("3 of 10 streams done", cut.Find("[role=progressbar]").GetAttribute("aria-label"));
        cut.FindAll("button").Single(b => b.TextContent.Contains("Cancel", StringComparison.Ordinal)).Click();
        cut.WaitForAssertion(() => Assert.Equal(["job1"], Service.Cancelled));
    }

    [Fact]
    public void Push_JobFinishesWithFailures_ReportAndRetryTheFailed()
    {
        Service.Jobs["job1"] = Job(succeeded: 2, failed: 0, waiting: 2);
        var cut = Render<BulkJobPage>(p => p.Add(c => c.JobId, "job1"));
        cut.WaitForAssertion(() => Assert.Contains("2 remaining", cut.Find(".bulk-counts").TextContent, StringComparison.Ordinal));

        Service.PushJob(Job(succeeded: 3, failed: 1, waiting: 0) with { FinishedAt = Now.AddSeconds(4) });

        cut.WaitForAssertion(() => Assert.Contains("Finished with failures", cut.Markup, StringComparison.Ordinal));
        var failedRow = cut.FindAll(".bulk-report-table tbody tr").Single(r => r.ClassName!.Contains("bulk-failed", StringComparison.Ordinal));
        Assert.Contains("BadRequestException", failedRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("rid-3", failedRow.TextContent, StringComparison.Ordinal);
        cut.FindAll("button").Single(b => b.TextContent.Contains("Retry the 1 failed", StringComparison.Ordinal)).Click();
        cut.WaitForAssertion(() => Assert.EndsWith("/changes/job2", Navigation.Uri, StringComparison.Ordinal));
        Assert.Single(Service.Jobs["job2"].Items);
    }

    [Fact]
    public void Render_UnknownJob_SaysWhyAndLinksItsAuditEntries()
    {
        var cut = Render<BulkJobPage>(p => p.Add(c => c.JobId, "0123456789abcdef0123456789abcdef"));

        cut.WaitForAssertion(() => Assert.Contains("This job is not known to this console", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("/audit?operation=0123456789abcdef0123456789abcdef", cut.Markup, StringComparison.Ordinal);
    }

    private BulkJobView Job(int succeeded, int failed, int waiting)
    {
        var items = new List<BulkItem>();
        for (var i = 0; i < succeeded + failed + waiting; i++)
        {
            var target = new BulkTarget($"d{i}", $"d{i}-export", $"arn:aws:profile:us-east-1:123456789012:domains/d{i}/event-streams/d{i}-export", null);
            items.Add(i < succeeded ? new BulkItem(target, BulkItemStatus.Succeeded, "added cost-center=4711", $"rid-{i}")
                : i < succeeded + failed ? new BulkItem(target, BulkItemStatus.Failed, "Not changed: bad (BadRequestException)", $"rid-{i}")
                : new BulkItem(target, BulkItemStatus.Waiting));
        }

        return new BulkJobView("job1", BulkJobKind.EditTags, "Edit tags of 10 streams: set cost-center=4711", new InventoryKey(Streams.Account, Streams.Region),
            Service.User.Name, Service.User.ObjectId, Now.AddSeconds(-3), null, false, items, TimeSpan.FromMilliseconds(200))
        { TagEdit = new BulkTagEdit(new Dictionary<string, string> { ["cost-center"] = "4711" }, []) };
    }
}
