using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis;
using Amazon.Kinesis.Model;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>
/// Bad calls through our own client: what its validator lets through must come back as an AWS error with a 4xx status
/// and a request id; what it refuses must be refused before anything is sent.
/// </summary>
public static class BadClientCalls
{
    public sealed record Call(string Description, Func<CancellationToken, Task> Send);

    public static Call Next(FuzzTarget t, EmulatorServer server)
    {
        var fresh = t.FreshName();
        var profiles = Profiles(server, t.Account);
        var kinesis = Kinesis(server, t.Account);
        return t.Random.Next(12) switch
        {
            0 => new("ListDomains signed for a region that is none", ct =>
                Profiles(server, t.Account, t.Pick(["xx-nowhere-1", "us-east-1x", "eu-" + t.Letters(8)])).ListDomainsAsync(new ListDomainsRequest(), ct)),
            1 => new("ListStreams signed for a region that is none", ct => Kinesis(server, t.Account, "nowhere").ListStreamsAsync(new ListStreamsRequest(), ct)),
            2 => new("GetDomain of a domain that is not there", ct => profiles.GetDomainAsync(new GetDomainRequest { DomainName = fresh }, ct)),
            3 => new("CreateEventStream to another partition or region", ct => profiles.CreateEventStreamAsync(new CreateEventStreamRequest
            {
                DomainName = "spare", EventStreamName = fresh, Uri = t.Pick([t.KinesisArn(partition: "aws-cn"), t.KinesisArn(region: "eu-west-2"), t.KinesisArn("missing")]),
            }, ct)),
            4 => new("ListEventStreams with a forged token", ct => profiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail", NextToken = t.Letters(20) }, ct)),
            5 => new("TagResource of another account or partition", ct => profiles.TagResourceAsync(new TagResourceRequest
            {
                ResourceArn = t.Pick([t.DomainArn(partition: "aws-cn"), t.DomainArn(account: EmulatorServer.NewAccount()), t.DomainArn("nothere")]),
                Tags = new() { ["team"] = "b" },
            }, ct)),
            6 => new("CreateDomain that exists", ct => profiles.CreateDomainAsync(new CreateDomainRequest { DomainName = t.Pick(["retail", "spare"]), DefaultExpirationDays = 30 }, ct)),
            7 => new("CreateStream that exists", ct => kinesis.CreateStreamAsync(new CreateStreamRequest { StreamName = "exports", ShardCount = 1 }, ct)),
            8 => new("DeleteStream that is not there", ct => kinesis.DeleteStreamAsync(new DeleteStreamRequest { StreamName = fresh }, ct)),
            9 => new("DescribeStreamSummary of another partition", ct => kinesis.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamARN = t.KinesisArn(partition: "aws-cn") }, ct)),
            10 => new("CreateDomain named with a newline (refused by the client)", ct =>
                profiles.CreateDomainAsync(new CreateDomainRequest { DomainName = fresh + "\n", DefaultExpirationDays = 30 }, ct)),
            _ => new("TagResource with a 257-emoji value (refused by the client)", ct => profiles.TagResourceAsync(new TagResourceRequest
            {
                ResourceArn = t.DomainArn(), Tags = new() { ["team"] = string.Concat(Enumerable.Repeat("\U0001F600", 257)) },
            }, ct)),
        };
    }

    private static IAmazonCustomerProfiles Profiles(EmulatorServer server, string account, string region = FuzzTarget.Region) =>
        server.CustomerProfiles(account, region, o => { o.MaxAttempts = 1; o.RateLimitingEnabled = false; });

    private static IAmazonKinesis Kinesis(EmulatorServer server, string account, string region = FuzzTarget.Region) =>
        server.Kinesis(account, region, o => { o.MaxAttempts = 1; o.RateLimitingEnabled = false; });
}
