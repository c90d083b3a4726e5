using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Operations;

public sealed class DomainOperationsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateDomain_ThenGet_ReturnsWhatWasSet()
    {
        var s = new Scenario(fixture.Server);

        var created = await s.Profiles.CreateDomainAsync(new CreateDomainRequest
        { DomainName = "retail", DefaultExpirationDays = 400, DeadLetterQueueUrl = "https://sqs.us-east-1.amazonaws.com/1/dlq", Tags = new() { ["team"] = "retail" } }, Ct);
        var got = await s.Profiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct);

        Assert.Equal(400, created.DefaultExpirationDays);
        Assert.Equal(400, got.DefaultExpirationDays);
        Assert.Equal("https://sqs.us-east-1.amazonaws.com/1/dlq", got.DeadLetterQueueUrl);
        Assert.Equal(created.CreatedAt, got.CreatedAt);
        Assert.Equal("retail", got.Tags!["team"]);
    }

    [Fact]
    public async Task CreateDomain_Duplicate_BadRequest()
    {
        var s = new Scenario(fixture.Server);
        await s.DomainAsync("retail");

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => s.DomainAsync("retail"));

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDomain_Missing_NotFound() =>
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => new Scenario(fixture.Server).Profiles.GetDomainAsync(new GetDomainRequest { DomainName = "nope" }, Ct));

    [Fact]
    public async Task ListDomains_HundredTwentyDomainsPagesOfTwentyFive_PaginatorWalksFivePagesInOrder()
    {
        await using var server = await EmulatorServer.StartAsync(("Emulator:Quotas:DomainsPerRegion", "200"), ("Emulator:Throttling:Enabled", "false"));
        var s = new Scenario(server, configure: o => o.RateLimitingEnabled = false);
        var names = Enumerable.Range(0, 120).Select(i => $"domain-{i:D3}").ToList();
        foreach (var name in names)
        {
            await s.DomainAsync(name);
        }

        var pages = new List<int>();
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await s.Profiles.ListDomainsAsync(new ListDomainsRequest { MaxResults = 25, NextToken = token }, Ct);
            pages.Add(page.Items!.Count);
            seen.AddRange(page.Items!.Select(d => d.DomainName!));
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Equal([25, 25, 25, 25, 20], pages);
        Assert.Equal(names, seen);
    }

    [Fact]
    public async Task CreateDomain_OverQuota_RefusedWithQuotaName()
    {
        await using var server = await EmulatorServer.StartAsync(("Emulator:Quotas:DomainsPerRegion", "2"));
        var s = new Scenario(server);
        await s.DomainAsync("a");
        await s.DomainAsync("b");

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => s.DomainAsync("c"));

        Assert.Contains("quota 'Domains per region' is 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListEventStreams_QuotaRaisedToFive_PagesWithNextToken()
    {
        await using var server = await EmulatorServer.StartAsync(("Emulator:Quotas:EventStreamsPerDomain", "5"), ("Emulator:Throttling:Enabled", "false"));
        var s = new Scenario(server, configure: o => o.RateLimitingEnabled = false);
        await s.DomainAsync("retail");
        await s.KinesisStreamAsync("exports");
        foreach (var name in new[] { "e1", "e2", "e3", "e4", "e5" })
        {
            await s.Profiles.CreateEventStreamAsync(new CreateEventStreamRequest { DomainName = "retail", EventStreamName = name, Uri = s.KinesisArn("exports") }, Ct);
        }

        var first = await s.Profiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail", MaxResults = 2 }, Ct);
        var all = new List<string>();
        await foreach (var item in s.Profiles.Paginators.ListEventStreams(new ListEventStreamsRequest { DomainName = "retail", MaxResults = 2 }).Items.WithCancellation(Ct))
        {
            all.Add(item.EventStreamName!);
        }

        Assert.Equal(["e1", "e2"], first.Items!.Select(i => i.EventStreamName));
        Assert.NotNull(first.NextToken);
        Assert.Equal(["e1", "e2", "e3", "e4", "e5"], all);
    }

    [Fact]
    public async Task ListEventStreams_ForgedToken_BadRequest()
    {
        var s = new Scenario(fixture.Server);
        await s.DomainAsync("retail");

        var ex = await Assert.ThrowsAsync<BadRequestException>(() =>
            s.Profiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail", NextToken = "forged" }, Ct));

        Assert.Contains("is not a token this service issued", ex.Message, StringComparison.Ordinal);
    }
}
