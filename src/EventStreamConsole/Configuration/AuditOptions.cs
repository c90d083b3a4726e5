namespace EventStreamConsole.Configuration;

/// <summary>Where the audit trail is kept (configuration section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>The SQLite file, relative to the content root; an empty string keeps the trail in memory (tests only).</summary>
    public string DatabasePath { get; set; } = "App_Data/audit.db";
}
