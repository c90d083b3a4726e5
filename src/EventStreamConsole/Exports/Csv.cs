using System.Globalization;
using System.Text;

namespace EventStreamConsole.Exports;

/// <summary>
/// CSV cells (RFC 4180) that are safe to open in a spreadsheet: a cell a spreadsheet would run as a formula (=, +, -, @,
/// or a leading tab or carriage return) is prefixed with an apostrophe, so an exported value never executes.
/// </summary>
public static class Csv
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? new StringBuilder("\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString() : value;
    }

    public static string Row(params string?[] cells) => string.Join(',', cells.Select(Cell));

    /// <summary>A moment as the exports write it: ISO 8601 in UTC, to the millisecond.</summary>
    public static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) ?? "";

    public static string Time(DateTime? utc) => utc is { } t ? Time(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : "";
}
