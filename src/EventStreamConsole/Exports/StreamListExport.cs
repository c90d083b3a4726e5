using System.Text.Json;
using System.Text.Json.Serialization;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Exports;

/// <summary>One row of the list as exported: one domain, with its event stream when it has one.</summary>
public sealed record StreamListRow(
    string Account,
    string Region,
    string Domain,
    string? EventStream,
    string? EventStreamArn,
    string? State,
    DateTime? StoppedSince,
    string? DestinationHealth,
    DateTime? UnhealthySince,
    string? Destination,
    string? DestinationArn,
    string? Message,
    DateTime DomainCreated,
    IReadOnlyDictionary<string, string> Tags,
    string? ReadError)
{
    public static StreamListRow From(InventoryKey key, InventoryEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(key.Account, key.Region, e.DomainName, e.Stream?.EventStreamName, e.Stream?.EventStreamArn,
            e.Stream is null ? null : WireLabels.Of(e.Stream.State), e.Stream?.StoppedSince,
            e.Stream is null ? null : WireLabels.Of(e.Status), e.UnhealthySince, e.Stream is null ? null : e.DestinationName, e.DestinationUri,
            e.Message, e.DomainCreatedAt, e.StreamTags, e.Error);
    }
}

/// <summary>
/// The event streams list exactly as filtered and sorted on screen (every page of it), as CSV for spreadsheets and JSON
/// for scripts. Domains without an event stream are rows too, as on screen.
/// </summary>
public static class StreamListExport
{
    public const string Header = "account,region,domain,event_stream,event_stream_arn,state,stopped_since_utc,destination_health,unhealthy_since_utc,destination,destination_arn,message,domain_created_utc,tags,read_error";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Every row the query matches, in its order; the page and page size are ignored.</summary>
    public static IReadOnlyList<StreamListRow> Rows(InventorySnapshot snapshot, InventoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        var items = query.Matching(snapshot.Entries);
        return [.. items.Select(e => StreamListRow.From(snapshot.Key, e))];
    }

    public static async Task WriteCsvAsync(IReadOnlyList<StreamListRow> rows, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        foreach (var r in rows)
        {
            var line = Csv.Row(r.Account, r.Region, r.Domain, r.EventStream, r.EventStreamArn, r.State, Csv.Time(r.StoppedSince), r.DestinationHealth,
                Csv.Time(r.UnhealthySince), r.Destination, r.DestinationArn, r.Message, Csv.Time(r.DomainCreated),
                r.Tags.Count == 0 ? "" : JsonSerializer.Serialize(r.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary()), r.ReadError);
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }

    /// <summary>The rows with what they are: the place, when the inventory was read, the filters and the count.</summary>
    public static async Task WriteJsonAsync(InventorySnapshot snapshot, InventoryQuery query, IReadOnlyList<StreamListRow> rows, Stream body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        var document = new
        {
            account = snapshot.Key.Account,
            region = snapshot.Key.Region,
            readAt = snapshot.RefreshedAt,
            filters = new { search = query.Search, tag = query.Tag, health = query.Health.ToString().ToLowerInvariant(), state = query.State.ToString().ToLowerInvariant(),
                sort = query.Sort.ToString().ToLowerInvariant(), descending = query.Descending },
            count = rows.Count,
            streams = rows,
        };
        await JsonSerializer.SerializeAsync(body, document, s_json, cancellationToken);
    }
}
