using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// One row of the event streams list. Its property names are the sortable columns' names, which MudDataGrid reports
/// back in its sort definitions.
/// </summary>
public sealed record StreamRow(InventoryEntry Entry)
{
    public string Domain => Entry.DomainName;

    public string? Stream => Entry.Stream?.EventStreamName;

    public EventStreamState? State => Entry.Stream?.State;

    public EventStreamDestinationStatus? Health => Entry.Status;

    public string? Destination => Entry.DestinationName;

    public DateTime Created => Entry.DomainCreatedAt;

    public static SortColumn ColumnOf(string? propertyName) =>
        Enum.TryParse<SortColumn>(propertyName, ignoreCase: false, out var column) ? column : SortColumn.Health;
}
