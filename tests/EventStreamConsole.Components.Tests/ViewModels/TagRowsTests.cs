using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

/// <summary>The tag editor's live validation, row by row.</summary>
public sealed class TagRowsTests
{
    [Theory]
    [InlineData("aws:team", "must not start with 'aws:'")]
    [InlineData("cost center", "no spaces or @")]
    [InlineData("owner@team", "no spaces or @")]
    public void KeyError_BrokenRule_Explains(string key, string expected)
    {
        var rows = new TagRows();
        rows.Add();
        rows.Rows[0].Key = key;

        Assert.Contains(expected, rows.KeyError(rows.Rows[0]), StringComparison.Ordinal);
        Assert.False(rows.IsValid);
    }

    [Fact]
    public void KeyError_DuplicateKeys_ReportedOnBothRows()
    {
        var rows = new TagRows(new Dictionary<string, string> { ["team"] = "a" });
        rows.Add();
        rows.Rows[1].Key = "team";

        Assert.All(rows.Rows, r => Assert.Contains("appears more than once", rows.KeyError(r), StringComparison.Ordinal));
    }

    [Fact]
    public void KeyError_ValueWithoutKey_AsksForKey()
    {
        var rows = new TagRows();
        rows.Add();
        rows.Rows[0].Value = "orphan";

        Assert.Equal("Key is required.", rows.KeyError(rows.Rows[0]));
    }

    [Fact]
    public void ValueError_TooLong_ReportsLength()
    {
        var rows = new TagRows(new Dictionary<string, string> { ["k"] = new string('v', 257) });

        Assert.Contains("at most 256 characters (it has 257)", rows.ValueError(rows.Rows[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void ListError_FiftyOneTags_AsksToRemoveOne()
    {
        var rows = new TagRows(Enumerable.Range(0, 51).ToDictionary(i => $"k{i:D2}", _ => "v"));

        Assert.Equal("A resource can have at most 50 tags; remove 1.", rows.ListError);
        Assert.False(rows.CanAdd);
    }

    [Fact]
    public void ToDictionary_BlankRows_Ignored()
    {
        var rows = new TagRows(new Dictionary<string, string> { ["team"] = "retail" });
        rows.Add();

        Assert.True(rows.IsValid);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "retail" }, rows.ToDictionary());
    }

    [Fact]
    public void ValueError_256Emoji_NoneAsAwsCountsCodePoints()
    {
        var rows = new TagRows(new Dictionary<string, string> { ["k"] = string.Concat(Enumerable.Repeat("\U0001F600", 256)) });

        Assert.Null(rows.ValueError(rows.Rows[0]));
        Assert.True(rows.IsValid);
    }

    [Fact]
    public void KeyError_TrailingNewline_Explains()
    {
        var rows = new TagRows();
        rows.Add();
        rows.Rows[0].Key = "team\n";

        Assert.Contains("may contain only letters, digits and", rows.KeyError(rows.Rows[0]), StringComparison.Ordinal);
        Assert.False(rows.IsValid);
    }

    [Fact]
    public void UndoRemove_AfterRemove_RestoresRowAtItsIndex()
    {
        var rows = new TagRows(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" });
        var middle = rows.Rows[1];

        rows.Remove(middle);

        Assert.Equal("tag 'b'", rows.LastRemoved?.Description);
        Assert.True(rows.UndoRemove());
        Assert.Same(middle, rows.Rows[1]);
        Assert.Null(rows.LastRemoved);
        Assert.False(rows.UndoRemove());
    }

    [Fact]
    public void UndoRemove_AfterAdd_NothingToUndo()
    {
        var rows = new TagRows(new Dictionary<string, string> { ["a"] = "1" });
        rows.Remove(rows.Rows[0]);

        rows.Add();

        Assert.Null(rows.LastRemoved);
        Assert.False(rows.UndoRemove());
        Assert.Single(rows.Rows);
    }

    [Fact]
    public void UndoRemove_AtFiftyRows_RefusedSoTheLimitHolds()
    {
        var rows = new TagRows(Enumerable.Range(1, 50).ToDictionary(i => $"k{i:00}", _ => "v"));
        rows.Remove(rows.Rows[0]);
        rows.Rows.Add(new TagRow { Key = "other" });

        Assert.False(rows.UndoRemove());
        Assert.Equal(50, rows.Rows.Count);
    }
}
