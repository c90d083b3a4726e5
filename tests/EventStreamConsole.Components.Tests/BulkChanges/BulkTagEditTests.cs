using EventStreamConsole.BulkChanges;

namespace EventStreamConsole.Tests.BulkChanges;

public sealed class BulkTagEditTests
{
    private static readonly Dictionary<string, string> s_current = new() { ["team"] = "web", ["owner"] = "ann", ["legacy"] = "1" };

    [Fact]
    public void PlanFor_SetAndRemove_AddsChangesRemovesAndKeepsTheRest()
    {
        var edit = new BulkTagEdit(new Dictionary<string, string> { ["team"] = "retail", ["cost-center"] = "4711", ["owner"] = "ann" }, ["legacy", "absent"]);

        var plan = edit.PlanFor(s_current);

        Assert.Equal(["cost-center"], plan.Added.Keys);
        Assert.Equal(("web", "retail"), plan.Changed["team"]);
        Assert.Equal(["legacy"], plan.Removed.Keys);
        Assert.Equal(["owner"], plan.Kept);
        Assert.Equal(3, plan.TagsAfter);
        Assert.Equal("added cost-center=4711; changed team: web → retail; removed legacy", plan.Describe());
        var sent = plan.ToChangeSet();
        Assert.Equal((1, 1, 1, "1"), (sent.Added.Count, sent.Changed.Count, sent.Removed.Count, sent.RemovedValues["legacy"]));
    }

    [Fact]
    public void PlanFor_AlreadyAsAsked_ChangesNothing()
    {
        var plan = new BulkTagEdit(new Dictionary<string, string> { ["team"] = "web" }, ["absent"]).PlanFor(s_current);

        Assert.True(plan.ChangesNothing);
        Assert.Null(plan.LimitError);
    }

    [Fact]
    public void PlanFor_WouldPassFifty_RefusedNamingTheCount()
    {
        var full = Enumerable.Range(0, 50).ToDictionary(i => $"k{i}", _ => "v");

        var plan = new BulkTagEdit(new Dictionary<string, string> { ["new"] = "x" }, []).PlanFor(full);

        Assert.Equal("This stream would have 51 tags; a stream can have at most 50. Remove 1 or set fewer keys.", plan.LimitError);
    }

    [Theory]
    [InlineData("aws:team", "x", "", "must not start with 'aws:'")]
    [InlineData("team", "x", "team", "Key 'team' is both set and removed; choose one.")]
    [InlineData("", "", "bad key!", "Key to remove")]
    public void Errors_BrokenRule_NamesTheFieldAndRule(string setKey, string setValue, string removeKey, string expected)
    {
        var edit = new BulkTagEdit(setKey.Length == 0 ? [] : new Dictionary<string, string> { [setKey] = setValue }, removeKey.Length == 0 ? [] : [removeKey]);

        Assert.Contains(edit.Errors(), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_Empty_AsksForAKey()
    {
        Assert.Equal(["Tags to set or remove: name at least one key."], new BulkTagEdit(new Dictionary<string, string>(), []).Errors());
    }
}
