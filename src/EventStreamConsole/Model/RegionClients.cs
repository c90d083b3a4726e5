using System.Collections.Concurrent;
using EventStreamConsole.Configuration;
using EventStreamConsole.CustomerProfiles;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Model;

/// <summary>One Customer Profiles and one Kinesis client per region, built from the configured client options.</summary>
public sealed class RegionClients(AwsClientFactory factory, IOptions<AwsClientOptions> options, IOptions<ConsoleOptions> console, ConsoleBackend backend)
{
    private readonly ConcurrentDictionary<string, (IAmazonCustomerProfiles Profiles, IAmazonKinesis Kinesis)> _clients = new(StringComparer.Ordinal);

    /// <summary>
    /// The account the inventory is kept for: configured, or the local emulator's demo account; empty when the console
    /// talks to AWS without CustomerProfiles:AccountId (the credentials do not say it without an STS call).
    /// </summary>
    public string Account => !string.IsNullOrEmpty(options.Value.AccountId) ? options.Value.AccountId
        : backend.IsEmbeddedEmulator ? ConsoleBackend.EmulatorAccountId
        : "";

    public string DefaultRegion => Regions[0];

    public IReadOnlyList<string> Regions =>
        console.Value.Regions.Count > 0 ? console.Value.Regions : [options.Value.Region ?? ""];

    public IAmazonCustomerProfiles Profiles(string region) => For(region).Profiles;

    public IAmazonKinesis Kinesis(string region) => For(region).Kinesis;

    private (IAmazonCustomerProfiles Profiles, IAmazonKinesis Kinesis) For(string region) =>
        _clients.GetOrAdd(region, r =>
        {
            var regional = options.Value.ForRegion(r);
            return (factory.CreateCustomerProfiles(regional), factory.CreateKinesis(regional));
        });

}
