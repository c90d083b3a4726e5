using EventStreamConsole.CustomerProfiles;
using Amazon.Kinesis;
using Amazon.Kinesis.Model;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;

namespace EventStreamConsole.Emulator.Tests.Shared;

/// <summary>A fresh account with clients and helpers to set up domains, Kinesis streams and event streams.</summary>
public sealed class Scenario(EmulatorServer server, string region = "us-east-1", Action<CustomerProfiles.AwsClientOptions>? configure = null)
{
    public string Account { get; } = EmulatorServer.NewAccount();

    public string Region => region;

    public IAmazonCustomerProfiles Profiles => field ??= server.CustomerProfiles(Account, region, configure);

    public IAmazonKinesis Kinesis => field ??= server.Kinesis(Account, region, configure);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string KinesisArn(string name) => $"arn:aws:kinesis:{region}:{Account}:stream/{name}";

    public string StreamArn(string domain, string name) => $"arn:aws:profile:{region}:{Account}:domains/{domain}/event-streams/{name}";

    public Task<CreateDomainResponse> DomainAsync(string name, Dictionary<string, string>? tags = null) =>
        Profiles.CreateDomainAsync(new CreateDomainRequest { DomainName = name, DefaultExpirationDays = 365, Tags = tags }, Ct);

    public Task<CreateStreamResponse> KinesisStreamAsync(string name) =>
        Kinesis.CreateStreamAsync(new CreateStreamRequest { StreamName = name, ShardCount = 1 }, Ct);

    public async Task<CreateEventStreamResponse> EventStreamAsync(string domain, string name, string kinesisName, Dictionary<string, string>? tags = null)
    {
        await DomainAsync(domain);
        await KinesisStreamAsync(kinesisName);
        return await Profiles.CreateEventStreamAsync(new CreateEventStreamRequest { DomainName = domain, EventStreamName = name, Uri = KinesisArn(kinesisName), Tags = tags }, Ct);
    }
}
