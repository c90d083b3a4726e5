namespace EventStreamConsole.Configuration;

/// <summary>How the console behaves (configuration section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The regions offered by the region switcher; the first is the default. Empty: CustomerProfiles:Region alone.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>How often an open detail page re-reads its stream.</summary>
    public TimeSpan DetailRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
