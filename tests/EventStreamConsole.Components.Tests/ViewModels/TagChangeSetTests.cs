using EventStreamConsole.Service;

namespace EventStreamConsole.Tests.ViewModels;

public sealed class TagChangeSetTests
{
    [Fact]
    public void Between_AddChangeRemoveKeep_OnlyDifferencesListed()
    {
        var before = new Dictionary<string, string> { ["team"] = "retail", ["env"] = "prod", ["owner"] = "kenji" };
        var after = new Dictionary<string, string> { ["team"] = "loyalty", ["env"] = "prod", ["cost-center"] = "CC-1" };

        var changes = TagChangeSet.Between(before, after);

        Assert.Equal(new Dictionary<string, string> { ["cost-center"] = "CC-1" }, changes.Added);
        Assert.Equal(("retail", "loyalty"), changes.Changed["team"]);
        Assert.Equal(["owner"], changes.Removed);
        Assert.Equal(3, changes.Count);
    }

    [Fact]
    public void Between_Unchanged_IsEmpty() =>
        Assert.True(TagChangeSet.Between(new Dictionary<string, string> { ["a"] = "1" }, new Dictionary<string, string> { ["a"] = "1" }).IsEmpty);
}
