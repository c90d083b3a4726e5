using System.Globalization;
using EventStreamConsole.Audit;
using Microsoft.AspNetCore.WebUtilities;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// The audit filters as URL query parameters (?user=&amp;stream=&amp;action=&amp;result=&amp;from=&amp;to=&amp;operation=, days in
/// UTC, both inclusive; operation: the entries of one bulk edit or change of destination), shared by the page and the CSV export so an export holds exactly what the page shows.
/// </summary>
public static class AuditUrlState
{
    private const string DayFormat = "yyyy-MM-dd";

    public static AuditQuery Parse(IReadOnlyDictionary<string, string?> values) => new(
        User: Value(values, "user"),
        Stream: Value(values, "stream"),
        Action: AuditActions.All.FirstOrDefault(a => string.Equals(a, Value(values, "action"), StringComparison.OrdinalIgnoreCase)),
        Result: ListUrlState.ExactEnum<AuditResult>(Value(values, "result")),
        From: Day(Value(values, "from")),
        To: Day(Value(values, "to"))?.AddDays(1),
        Operation: OperationId(Value(values, "operation")));

    /// <summary>
    /// What is wrong with the filters as written, each naming the parameter and the rule (the page drops such values, an
    /// export refuses them): a day not in yyyy-MM-dd, an unknown action or result, a From day after the To day.
    /// </summary>
    public static IReadOnlyList<string> Errors(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var errors = new List<string>();
        foreach (var key in new[] { "from", "to" })
        {
            if (Value(values, key) is { } day && Day(day) is null)
            {
                errors.Add($"'{key}' must be a UTC day written yyyy-MM-dd before 9999-12-31, such as 2026-12-04 (it is '{day}').");
            }
        }

        if (Value(values, "action") is { } action && !AuditActions.All.Contains(action, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"'action' must be one of {string.Join(", ", AuditActions.All)} (it is '{action}').");
        }

        if (Value(values, "result") is { } result && ListUrlState.ExactEnum<AuditResult>(result) is null)
        {
            errors.Add($"'result' must be one of {string.Join(", ", Enum.GetNames<AuditResult>())} (it is '{result}').");
        }

        if (Value(values, "operation") is { } operation && OperationId(operation) is null)
        {
            errors.Add($"'operation' must be an operation id of 32 hexadecimal digits, as the audit trail links it (it is '{operation}').");
        }

        if (RangeError(Parse(values)) is { } range)
        {
            errors.Add(range);
        }

        return errors;
    }

    public static string ToQueryString(AuditQuery query)
    {
        var values = new Dictionary<string, string?>();
        Add(values, "user", query.User);
        Add(values, "stream", query.Stream);
        Add(values, "action", query.Action);
        Add(values, "result", query.Result?.ToString());
        Add(values, "from", query.From?.UtcDateTime.ToString(DayFormat, CultureInfo.InvariantCulture));
        Add(values, "to", query.To?.AddDays(-1).UtcDateTime.ToString(DayFormat, CultureInfo.InvariantCulture));
        Add(values, "operation", query.Operation);
        return values.Count == 0 ? "" : QueryHelpers.AddQueryString("", values);
    }

    /// <summary>The first day of the range as a date (for a date picker); null when open.</summary>
    public static DateTime? FromDay(AuditQuery query) => query.From?.UtcDateTime.Date;

    /// <summary>The last day of the range, inclusive; null when open.</summary>
    public static DateTime? ToDay(AuditQuery query) => query.To?.AddDays(-1).UtcDateTime.Date;

    /// <summary>Why the day range can match nothing (From after To), naming both fields; null when it is open or in order.</summary>
    public static string? RangeError(AuditQuery query) =>
        FromDay(query) is { } from && ToDay(query) is { } to && from > to
            ? $"From (UTC day) {from.ToString(DayFormat, CultureInfo.InvariantCulture)} is after To (UTC day) {to.ToString(DayFormat, CultureInfo.InvariantCulture)}, so no entry can match. Pick a From day on or before the To day."
            : null;

    public static DateTimeOffset? StartOf(DateTime? day) => day is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)) : null;

    public static DateTimeOffset? EndOf(DateTime? day) => StartOf(day)?.AddDays(1);

    // The last representable day has no "next day" to end the range at: it counts as no day.
    private static DateTimeOffset? Day(string? value) =>
        DateTime.TryParseExact(value, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day)
            && day.Date < DateTime.MaxValue.Date
            ? new DateTimeOffset(DateTime.SpecifyKind(day.Date, DateTimeKind.Utc))
            : null;

    private static string? OperationId(string? value) =>
        value is { Length: 32 } && value.All(char.IsAsciiHexDigit) ? value.ToLowerInvariant() : null;

    private static string? Value(IReadOnlyDictionary<string, string?> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static void Add(Dictionary<string, string?> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value.Trim();
        }
    }
}
