using EventStreamConsole.Authentication;
using EventStreamConsole.CustomerProfiles;

namespace EventStreamConsole.Configuration;

/// <summary>
/// The configuration keys the console reads or names by themselves (beyond binding a whole section): code, the
/// validators' messages and the tests use these, so a renamed key cannot leave a stale spelling behind.
/// </summary>
public static class ConfigurationKeys
{
    /// <summary>Empty: run on the embedded emulator; set: the AWS region to manage.</summary>
    public const string AwsRegion = AwsClientOptions.SectionName + ":Region";
    public const string AuthMode = AuthOptions.SectionName + ":Mode";
    public const string AzureAd = "AzureAd";
    public const string AzureAdClientId = AzureAd + ":ClientId";
    public const string CacheRedis = CacheOptions.SectionName + ":Redis";
    public const string SweepInterval = SweepOptions.SectionName + ":Interval";
    public const string HealthUnhealthyThreshold = HealthOptions.SectionName + ":UnhealthyThreshold";
    public const string HistoryRetention = HistoryOptions.SectionName + ":Retention";
    public const string HistoryDatabasePath = HistoryOptions.SectionName + ":DatabasePath";
    public const string AuditDatabasePath = AuditOptions.SectionName + ":DatabasePath";
    public const string ConsoleRegions = ConsoleOptions.SectionName + ":Regions";
    public const string EmulatorSection = "Emulator";
    public const string EmulatorRegion = EmulatorSection + ":Region";
    public const string EmulatorSeed = EmulatorSection + ":Seed";
    public const string EmulatorDatabasePath = EmulatorSection + ":DatabasePath";
    public const string EmulatorDemoAccountId = EmulatorSection + ":DemoAccountId";
    public const string KestrelEndpoints = "Kestrel:Endpoints";
}
