using System.Collections.Concurrent;
using Amazon.CustomerProfiles;
using Amazon.Kinesis;
using EventStreamConsole.Configuration;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Inventory;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Aws;

/// <summary>
/// The configured accounts, and one Customer Profiles and one Kinesis client per (account, region). With no
/// Console:Accounts, one account is built from the CustomerProfiles section and Console:Regions.
/// </summary>
public sealed class RegionClients
{
    private readonly AwsClientFactory _factory;
    private readonly ConcurrentDictionary<InventoryKey, (IAmazonCustomerProfiles Profiles, IAmazonKinesis Kinesis)> _clients = new();

    public RegionClients(AwsClientFactory factory, IOptions<AwsClientOptions> options, IOptions<ConsoleOptions> console, ConsoleBackend backend)
    {
        _factory = factory;
        Accounts = Build(options.Value, console.Value, backend);
        Keys = [.. Accounts.SelectMany(a => a.Regions.Select(r => new InventoryKey(a.AccountId, r)))];
    }

    public IReadOnlyList<ConsoleAccount> Accounts { get; }

    /// <summary>Every configured (account, region): what the sweep reads and /health shows.</summary>
    public IReadOnlyList<InventoryKey> Keys { get; }

    public ConsoleAccount DefaultAccount => Accounts[0];

    /// <summary>
    /// The default account's id: configured, or the local emulator's demo account; empty when the console talks to AWS
    /// without CustomerProfiles:AccountId (the credentials do not say it without an STS call).
    /// </summary>
    public string Account => DefaultAccount.AccountId;

    public IReadOnlyList<string> Regions => DefaultAccount.Regions;

    public string DefaultRegion => Regions[0];

    /// <summary>The account with this id; the default account for null or an unknown id.</summary>
    public ConsoleAccount AccountOf(string? accountId) => Accounts.FirstOrDefault(a => a.AccountId == accountId) ?? DefaultAccount;

    public IAmazonCustomerProfiles Profiles(InventoryKey at) => For(at).Profiles;

    public IAmazonKinesis Kinesis(InventoryKey at) => For(at).Kinesis;

    /// <summary>The default account's client in <paramref name="region"/>.</summary>
    public IAmazonCustomerProfiles Profiles(string region) => Profiles(new InventoryKey(Account, region));

    public IAmazonKinesis Kinesis(string region) => Kinesis(new InventoryKey(Account, region));

    private (IAmazonCustomerProfiles Profiles, IAmazonKinesis Kinesis) For(InventoryKey at) =>
        _clients.GetOrAdd(at, key =>
        {
            var regional = AccountOf(key.Account).Client.ForRegion(key.Region);
            return (_factory.CreateCustomerProfiles(regional), _factory.CreateKinesis(regional));
        });

    private static List<ConsoleAccount> Build(AwsClientOptions client, ConsoleOptions console, ConsoleBackend backend)
    {
        IReadOnlyList<string> defaultRegions = console.Regions.Count > 0 ? console.Regions : [client.Region ?? ""];
        if (console.Accounts.Count == 0)
        {
            var id = !string.IsNullOrEmpty(client.AccountId) ? client.AccountId : backend.IsEmbeddedEmulator ? ConsoleBackend.EmulatorAccountId : "";
            return [new ConsoleAccount(backend.IsEmbeddedEmulator ? "Demo" : id, id, console.Environment, defaultRegions, client)];
        }

        return [.. console.Accounts.Select(a =>
        {
            var options = client.ForRegion(client.Region ?? "");
            options.AccountId = a.AccountId;
            options.Profile = a.Profile ?? client.Profile;
            options.RoleArn = a.RoleArn;
            options.ExternalId = a.ExternalId;
            options.RoleSessionName = a.RoleSessionName ?? client.RoleSessionName;
            if (backend.IsEmbeddedEmulator)
            {
                // The emulator tells accounts apart by the access key id.
                options.AccessKeyId = a.AccountId;
            }

            return new ConsoleAccount(a.Name, a.AccountId, a.Environment, a.Regions.Count > 0 ? a.Regions : defaultRegions, options);
        })];
    }
}
