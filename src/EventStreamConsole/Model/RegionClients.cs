using System.Collections.Concurrent;
using EventStreamConsole.Configuration;
using EventStreamConsole.CustomerProfiles;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Model;

/// <summary>One Customer Profiles and one Kinesis client per region, built from the configured client options.</summary>
public sealed class RegionClients(AwsClientFactory factory, IOptions<AwsClientOptions> options, IOptions<ConsoleOptions> console)
{
    private readonly ConcurrentDictionary<string, (IAmazonCustomerProfiles Profiles, IAmazonKinesis Kinesis)> _clients = new(StringComparer.Ordinal);

    /// <summary>The account the inventory is kept for: configured, or the local emulator's.</summary>
    public string Account => string.IsNullOrEmpty(options.Value.AccountId) ? ConsoleBackend.EmulatorAccountId : options.Value.AccountId;

    public string DefaultRegion => Regions[0];

    public IReadOnlyList<string> Regions =>
        console.Value.Regions.Count > 0 ? console.Value.Regions : [options.Value.Region ?? ""];

    public bool IsKnownRegion(string? region) => region is not null && Regions.Contains(region, StringComparer.Ordinal);

    public IAmazonCustomerProfiles Profiles(string region) => For(region).Profiles;

    public IAmazonKinesis Kinesis(string region) => For(region).Kinesis;

    private (IAmazonCustomerProfiles Profiles, IAmazonKinesis Kinesis) For(string region) =>
        _clients.GetOrAdd(region, r =>
        {
            var regional = Clone(options.Value, r);
            return (factory.CreateCustomerProfiles(regional), factory.CreateKinesis(regional));
        });

    private static AwsClientOptions Clone(AwsClientOptions source, string region) => new()
    {
        Region = region,
        ServiceUrl = source.ServiceUrl,
        KinesisServiceUrl = source.KinesisServiceUrl,
        UseFips = source.UseFips,
        UseDualStack = source.UseDualStack,
        Profile = source.Profile,
        AccessKeyId = source.AccessKeyId,
        SecretAccessKey = source.SecretAccessKey,
        SessionToken = source.SessionToken,
        AccountId = source.AccountId,
        MaxAttempts = source.MaxAttempts,
        AttemptTimeout = source.AttemptTimeout,
        RateLimitingEnabled = source.RateLimitingEnabled,
        OperationTps = source.OperationTps,
    };
}
