using EventStreamConsole.CustomerProfiles;

namespace EventStreamConsole.Aws;

/// <summary>An account as the console uses it: its name and environment, its regions, and the client settings that reach it.</summary>
public sealed record ConsoleAccount(string Name, string AccountId, string Environment, IReadOnlyList<string> Regions, AwsClientOptions Client)
{
    public bool IsProduction => Environment.Trim().Equals("production", StringComparison.OrdinalIgnoreCase)
        || Environment.Trim().Equals("prod", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Payments production (210987654321)", or the id alone when the name is the id.</summary>
    public string Label => Name.Length == 0 || Name == AccountId ? AccountId : AccountId.Length == 0 ? Name : $"{Name} ({AccountId})";
}
