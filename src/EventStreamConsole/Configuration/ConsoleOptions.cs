namespace EventStreamConsole.Configuration;

/// <summary>How the console behaves (configuration section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The regions offered by the region switcher; the first is the default. Empty: CustomerProfiles:Region alone.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>How often the shared inventory of each viewed region is refreshed in the background.</summary>
    public TimeSpan InventoryRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A region nobody has looked at for this long is no longer refreshed.</summary>
    public TimeSpan InventoryIdleAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often an open detail page re-reads its stream.</summary>
    public TimeSpan DetailRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
