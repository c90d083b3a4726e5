using System.Globalization;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// Durations as an on-call engineer reads them: "45 s", "3 h 12 m", "2 d 4 h"; past a month in months ("2 months") and past a
/// year in years ("1 year"), where the hours no longer mean anything.
/// </summary>
public static class RelativeTime
{
    private const double DaysPerYear = 365.25;
    private const double DaysPerMonth = DaysPerYear / 12;

    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span switch
        {
            { TotalMinutes: < 1 } => $"{(int)span.TotalSeconds} s",
            { TotalHours: < 1 } => $"{span.Minutes} m",
            { TotalDays: < 1 } => $"{span.Hours} h {span.Minutes} m",
            { TotalDays: < DaysPerMonth } => $"{(int)span.TotalDays} d {span.Hours} h",
            { TotalDays: < DaysPerYear } => Count((int)(span.TotalDays / DaysPerMonth), "month"),
            _ => Count((int)(span.TotalDays / DaysPerYear), "year"),
        };
    }

    private static string Count(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    public static string Since(DateTime utc, DateTimeOffset now) => Duration(now.UtcDateTime - utc);

    public static string Absolute(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
