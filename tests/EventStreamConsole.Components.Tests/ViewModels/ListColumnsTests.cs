using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

/// <summary>The stored column choice: read robustly (unknown names and mandatory columns ignored), written in a stable order.</summary>
public sealed class ListColumnsTests
{
    [Theory]
    [InlineData(null, new ListColumn[0])]
    [InlineData("", new ListColumn[0])]
    [InlineData("tags, Created ,nonsense,health,domain", new[] { ListColumn.Created, ListColumn.Tags })]
    public void Parse_Stored_OptionalColumnsOnly(string? stored, ListColumn[] expected) =>
        Assert.Equal(expected, ListColumns.Parse(stored).Order());

    [Fact]
    public void Format_Hidden_LowerCaseInColumnOrder() =>
        Assert.Equal("destination,tags", ListColumns.Format([ListColumn.Tags, ListColumn.Destination]));

    [Fact]
    public void Format_HiddenAndKept_KeptMarkedWithPlus() =>
        Assert.Equal("created,+destination,+tags", ListColumns.Format([ListColumn.Created], [ListColumn.Tags, ListColumn.Destination]));

    [Theory]
    [InlineData("created,+tags,+health,+nonsense", new[] { ListColumn.Tags })]
    [InlineData("tags", new ListColumn[0])]
    public void ParsePinned_Stored_OptionalColumnsMarkedWithPlusOnly(string stored, ListColumn[] expected)
    {
        Assert.Equal(expected, ListColumns.ParsePinned(stored).Order());
        Assert.DoesNotContain(ListColumn.Tags, ListColumns.Parse(stored).Where(_ => stored.Contains("+tags", StringComparison.Ordinal)));
    }
}
