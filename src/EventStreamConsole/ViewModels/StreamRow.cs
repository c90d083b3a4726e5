using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// One row of the event streams list. Its property names are the sortable columns' names, which MudDataGrid reports
/// back in its sort definitions. A row is its domain: two rows of the same domain are equal whatever was read of it, so
/// the grid keys a refreshed row to the one on screen and keeps its elements (and the keyboard focus in them) instead of
/// re-creating them on every refresh.
/// </summary>
public sealed record StreamRow(InventoryEntry Entry)
{
    public bool Equals(StreamRow? other) => other is not null && string.Equals(Domain, other.Domain, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Domain);

    public string Domain => Entry.DomainName;

    public string? Stream => Entry.Stream?.EventStreamName;

    public EventStreamState? State => Entry.Stream?.State;

    public EventStreamDestinationStatus? Health => Entry.Status;

    public string? Destination => Entry.DestinationName;

    public DateTime Created => Entry.DomainCreatedAt;

    public static SortColumn ColumnOf(string? propertyName) =>
        Enum.TryParse<SortColumn>(propertyName, ignoreCase: false, out var column) ? column : SortColumn.Health;
}
