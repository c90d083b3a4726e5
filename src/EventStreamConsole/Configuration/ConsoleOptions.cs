namespace EventStreamConsole.Configuration;

/// <summary>How the console behaves (configuration section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The regions offered by the region switcher; the first is the default. Empty: CustomerProfiles:Region alone.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>
    /// What the configured account is, e.g. "staging" or "production"; shown in the app bar, and "production" (or "prod")
    /// puts a red banner on every page.
    /// </summary>
    public string Environment { get; set; } = "";

    public bool IsProduction => Environment.Trim() is { } e && (e.Equals("production", StringComparison.OrdinalIgnoreCase) || e.Equals("prod", StringComparison.OrdinalIgnoreCase));

    /// <summary>How often an open detail page re-reads its stream.</summary>
    public TimeSpan DetailRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
