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
}
