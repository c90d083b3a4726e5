using System.Globalization;

namespace EventStreamConsole.ViewModels;

/// <summary>Durations as an on-call engineer reads them: "3 h 12 m", "2 d 4 h", "45 s".</summary>
public static class RelativeTime
{
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
            _ => $"{(int)span.TotalDays} d {span.Hours} h",
        };
    }

    public static string Since(DateTime utc, DateTimeOffset now) => Duration(now.UtcDateTime - utc);

    public static string Absolute(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
