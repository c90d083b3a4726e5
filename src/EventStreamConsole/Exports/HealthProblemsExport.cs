using System.Text.Json;
using EventStreamConsole.Health;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Exports;

/// <summary>One problem as exported from /health: an UNHEALTHY destination or a STOPPED export, with its acknowledgement.</summary>
public sealed record HealthProblemRow(
    string Problem,
    string Account,
    string Region,
    string Domain,
    string EventStream,
    string EventStreamArn,
    string? Destination,
    string? DestinationArn,
    string? State,
    DateTime? Since,
    string? Message,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgementNote);

/// <summary>
/// /health's problems exactly as filtered on the page (unhealthy by longest unhealthy, then stopped), as CSV and JSON, for
/// an incident review or a ticket.
/// </summary>
public static class HealthProblemsExport
{
    public const string Header = "problem,account,region,domain,event_stream,event_stream_arn,destination,destination_arn,state,since_utc,message,acknowledged_by,acknowledged_utc,acknowledgement_note";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<HealthProblemRow> Rows(HealthOverview overview, HealthFilters filters, HealthHistory history)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(history);
        HealthProblemRow Row(string problem, HealthRow r, DateTime? since)
        {
            var ack = problem == "UNHEALTHY" ? history.AcknowledgementOf(r.EventStreamArn, r.UnhealthySince) : null;
            return new(problem, r.Key.Account, r.Key.Region, r.DomainName, r.EventStreamName, r.EventStreamArn, r.DestinationName, r.DestinationUri,
                WireLabels.Of(r.State), since, r.Message, ack?.ByName, ack?.At, ack?.Note);
        }

        return [.. overview.Unhealthy.Where(filters.Matches).Select(r => Row("UNHEALTHY", r, r.UnhealthySince)),
            .. overview.Stopped.Where(filters.Matches).Select(r => Row("STOPPED", r, r.StoppedSince))];
    }

    public static async Task WriteCsvAsync(IReadOnlyList<HealthProblemRow> rows, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        foreach (var r in rows)
        {
            var line = Csv.Row(r.Problem, r.Account, r.Region, r.Domain, r.EventStream, r.EventStreamArn, r.Destination, r.DestinationArn, r.State,
                Csv.Time(r.Since), r.Message, r.AcknowledgedBy, Csv.Time(r.AcknowledgedAt), r.AcknowledgementNote);
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }

    public static async Task WriteJsonAsync(HealthOverview overview, HealthFilters filters, IReadOnlyList<HealthProblemRow> rows, Stream body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(filters);
        var document = new
        {
            regions = overview.Regions.Select(r => new { account = r.Key.Account, region = r.Key.Region, readAt = r.RefreshedAt, stale = r.IsStale, lastError = r.Error }),
            filters = new { search = filters.Term, region = filters.Region, account = filters.Account },
            count = rows.Count,
            problems = rows,
        };
        await JsonSerializer.SerializeAsync(body, document, s_json, cancellationToken);
    }
}
