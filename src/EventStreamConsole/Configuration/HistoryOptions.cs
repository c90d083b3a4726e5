namespace EventStreamConsole.Configuration;

/// <summary>Where health and state transitions are kept (configuration section <c>History</c>).</summary>
public sealed class HistoryOptions
{
    public const string SectionName = "History";

    /// <summary>The SQLite file, relative to the content root; an empty string keeps history in memory (tests only).</summary>
    public string DatabasePath { get; set; } = "App_Data/history.db";

    /// <summary>Transitions older than this are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);
}
