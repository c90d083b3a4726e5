using EventStreamConsole.BulkChanges;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.Tests.BulkChanges;

public sealed class BulkJobViewTests
{
    private static readonly DateTimeOffset s_start = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TimeLeft_NothingDoneYet_AwsRateBound()
    {
        var job = Job(done: 0, total: 100);

        Assert.Equal(TimeSpan.FromSeconds(20), job.TimeLeft(s_start));
    }

    [Fact]
    public void TimeLeft_SlowerThanTheBound_ThePaceSoFar()
    {
        var job = Job(done: 10, total: 100);

        Assert.Equal(TimeSpan.FromSeconds(45), job.TimeLeft(s_start.AddSeconds(5)));
    }

    [Fact]
    public void TimeLeft_FasterThanTheBound_NeverBelowIt()
    {
        var job = Job(done: 50, total: 100);

        Assert.Equal(TimeSpan.FromSeconds(10), job.TimeLeft(s_start.AddSeconds(1)));
    }

    [Fact]
    public void Tally_Finished_CountsEveryOutcome()
    {
        var job = Job(done: 3, total: 5) with { FinishedAt = s_start.AddSeconds(9) };
        var items = job.Items.ToArray();
        items[3] = items[3] with { Status = BulkItemStatus.Failed };
        items[4] = items[4] with { Status = BulkItemStatus.Cancelled };

        var final = job with { Items = items };

        Assert.Equal("3 succeeded · 1 failed · 0 skipped · 1 not started", final.Tally);
        Assert.Null(final.TimeLeft(s_start.AddSeconds(10)));
        Assert.Equal(100, final.Percent);
    }

    private static BulkJobView Job(int done, int total) => new("job", BulkJobKind.EditTags, "Edit tags", new InventoryKey("123456789012", "us-east-1"), "Ann", "oid-ann",
        s_start, null, false,
        [.. Enumerable.Range(0, total).Select(i => new BulkItem(new BulkTarget($"d{i}", $"d{i}-export", $"arn:{i}", null), i < done ? BulkItemStatus.Succeeded : BulkItemStatus.Waiting))],
        TimeSpan.FromMilliseconds(200));
}
