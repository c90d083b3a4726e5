using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EventStreamConsole.Audit;

/// <summary>
/// The audit trail as CSV (RFC 4180): the API's action name and values for scripts, next to the same in words (action_words,
/// changes) for people. A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an
/// apostrophe, so an exported value can never execute on the auditor's machine.
/// </summary>
public static class AuditCsv
{
    public const string Header = "time_utc,user,user_object_id,roles,action,action_words,target_arn,region,domain,event_stream,before,after,changes,result,error,request_id,completed_utc,operation_id";

    public static string Row(AuditRecord r) => string.Join(',',
        Cell(Time(r.RecordedAt)),
        Cell(r.UserName),
        Cell(r.UserObjectId),
        Cell(string.Join(' ', r.Roles)),
        Cell(r.Action),
        Cell(AuditWords.ActionOf(r)),
        Cell(r.Target.Arn),
        Cell(r.Target.Region),
        Cell(r.Target.DomainName),
        Cell(r.Target.EventStreamName),
        Cell(r.Before.Count == 0 ? "" : JsonSerializer.Serialize(r.Before)),
        Cell(r.After.Count == 0 ? "" : JsonSerializer.Serialize(r.After)),
        Cell(AuditWords.ChangesText(r)),
        Cell(r.Result.ToString()),
        Cell(r.Error),
        Cell(r.RequestId),
        Cell(r.CompletedAt is { } completed ? Time(completed) : ""),
        Cell(r.OperationId));

    /// <summary>Every entry matching <paramref name="query"/>, newest first, read from the store a page at a time.</summary>
    public static async Task WriteAsync(AuditStore store, AuditQuery query, TextWriter writer, CancellationToken cancellationToken)
    {
        const int pageSize = 500;
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        for (var skip = 0; ; skip += pageSize)
        {
            var page = await store.QueryAsync(query, skip, pageSize, cancellationToken);
            foreach (var record in page.Items)
            {
                await writer.WriteLineAsync(Row(record).AsMemory(), cancellationToken);
            }

            if (page.Items.Count < pageSize)
            {
                return;
            }
        }
    }

    /// <summary>A spreadsheet-safe cell (<see cref="Exports.Csv.Cell"/>).</summary>
    public static string Cell(string? value) => Exports.Csv.Cell(value);

    private static string Time(DateTimeOffset time) => Exports.Csv.Time(time);
}
