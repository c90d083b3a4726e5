namespace EventStreamConsole.Health;

/// <summary>
/// How far back the health pages look: 24 h, 7 d, 30 d or 90 d, carried in the address as <c>?window=30d</c>. A value that
/// is missing or not one of these falls back to 7 d.
/// </summary>
public sealed record HealthWindow(string Code, string Label, TimeSpan Length)
{
    public const string QueryName = "window";

    public static readonly HealthWindow Day = new("24h", "24 h", TimeSpan.FromHours(24));

    public static readonly HealthWindow Week = new("7d", "7 days", TimeSpan.FromDays(7));

    public static readonly HealthWindow Month = new("30d", "30 days", TimeSpan.FromDays(30));

    public static readonly HealthWindow Quarter = new("90d", "90 days", TimeSpan.FromDays(90));

    public static readonly IReadOnlyList<HealthWindow> All = [Day, Week, Month, Quarter];

    public static HealthWindow Default => Week;

    public static HealthWindow Parse(string? code) =>
        All.FirstOrDefault(w => string.Equals(w.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Default;

    /// <summary>True when history older than <paramref name="retention"/> is deleted, so part of this window cannot be shown.</summary>
    public bool ExceedsRetention(TimeSpan retention) => Length > retention;

    public DateTimeOffset StartAt(DateTimeOffset now) => now - Length;

    /// <summary>
    /// The window the address asks for, within what History:Retention keeps, and a note when the address asked for
    /// something else (unknown value, or longer than the history is kept).
    /// </summary>
    public static (HealthWindow Window, string? Note) Resolve(string? code, TimeSpan retention)
    {
        var asked = Parse(code);
        var note = code is not null && !All.Any(w => string.Equals(w.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
            ? $"Unknown window '{code}' in the address (use {string.Join(", ", All.Select(w => w.Code))}); showing {asked.Label}."
            : null;
        if (!asked.ExceedsRetention(retention))
        {
            return (asked, note);
        }

        var shown = All.Last(w => !w.ExceedsRetention(retention));
        return (shown, $"History is kept for {RetentionText(retention)} (History:Retention), so the {asked.Label} window is not available; showing {shown.Label}.");
    }

    public static string RetentionText(TimeSpan retention) =>
        retention.TotalDays.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + (retention == TimeSpan.FromDays(1) ? " day" : " days");
}
