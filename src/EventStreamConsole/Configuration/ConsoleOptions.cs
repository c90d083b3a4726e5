namespace EventStreamConsole.Configuration;

/// <summary>How the console behaves (configuration section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The regions offered by the region switcher; the first is the default. Empty: CustomerProfiles:Region alone.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>
    /// What the account of the CustomerProfiles section is, e.g. "staging" or "production" (with Console:Accounts, each
    /// account has its own); shown in the app bar, and "production" (or "prod") puts a red banner on its pages.
    /// </summary>
    public string Environment { get; set; } = "";

    /// <summary>The accounts to manage; empty: the one the CustomerProfiles section reaches.</summary>
    public List<AccountOptions> Accounts { get; set; } = [];

    /// <summary>How often an open detail page re-reads its stream.</summary>
    public TimeSpan DetailRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
