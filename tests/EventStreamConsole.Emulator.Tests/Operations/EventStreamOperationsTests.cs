using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Operations;

/// <summary>Our client against the real emulator over loopback: every event-stream operation and its errors.</summary>
public sealed class EventStreamOperationsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EventStreamLifecycle_CreateGetListTagDelete_BehavesAsTheService()
    {
        var s = new Scenario(fixture.Server);

        var created = await s.EventStreamAsync("retail", "orders", "exports", new() { ["team"] = "retail" });
        Assert.Equal(s.StreamArn("retail", "orders"), created.EventStreamArn);
        Assert.Equal("retail", created.Tags!["team"]);

        var got = await s.Profiles.GetEventStreamAsync(new GetEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);
        Assert.Equal("retail", got.DomainName);
        Assert.Equal(EventStreamState.RUNNING, got.State);
        Assert.Equal(EventStreamDestinationStatus.HEALTHY, got.DestinationDetails!.Status);
        Assert.Equal(s.KinesisArn("exports"), got.DestinationDetails!.Uri);
        Assert.Null(got.DestinationDetails!.Message);
        Assert.InRange(got.CreatedAt!.Value, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));

        var listed = await s.Profiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail" }, Ct);
        var item = Assert.Single(listed.Items!);
        Assert.Equal("orders", item.EventStreamName);
        Assert.Equal(EventStreamDestinationStatus.HEALTHY, item.DestinationSummary!.Status);
        Assert.Null(listed.NextToken);

        await s.Profiles.TagResourceAsync(new TagResourceRequest { ResourceArn = created.EventStreamArn, Tags = new() { ["owner"] = "kenji", ["team"] = "loyalty" } }, Ct);
        await s.Profiles.UntagResourceAsync(new UntagResourceRequest { ResourceArn = created.EventStreamArn, TagKeys = ["owner", "not-there"] }, Ct);
        var tags = await s.Profiles.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = created.EventStreamArn }, Ct);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "loyalty" }, tags.Tags);

        await s.Profiles.DeleteEventStreamAsync(new DeleteEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);
        var gone = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            s.Profiles.GetEventStreamAsync(new GetEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct));
        Assert.Contains("'orders' was not found in domain 'retail'", gone.Message, StringComparison.Ordinal);
        Assert.NotNull(gone.RequestId);
    }

    [Fact]
    public async Task CreateEventStream_SecondStreamInDomain_RefusedByQuotaOfOne()
    {
        var s = new Scenario(fixture.Server);
        await s.EventStreamAsync("retail", "orders", "exports");

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => s.Profiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "second", Uri = s.KinesisArn("exports") }, Ct));

        Assert.Contains("quota 'Event streams per domain' is 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("orders", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEventStream_SameNameAgain_RefusedAsDuplicate()
    {
        var s = new Scenario(fixture.Server);
        await s.EventStreamAsync("retail", "orders", "exports");

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => s.Profiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = s.KinesisArn("exports") }, Ct));

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEventStream_UnknownDomain_NotFound()
    {
        var s = new Scenario(fixture.Server);

        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(() => s.Profiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "nope", EventStreamName = "orders", Uri = s.KinesisArn("exports") }, Ct));

        Assert.Equal("Domain 'nope' was not found.", ex.Message);
    }

    [Fact]
    public async Task CreateEventStream_DestinationInOtherRegionOrAccount_Refused()
    {
        var s = new Scenario(fixture.Server);
        await s.DomainAsync("retail");

        var region = await Assert.ThrowsAsync<BadRequestException>(() => s.Profiles.CreateEventStreamAsync(new CreateEventStreamRequest
        { DomainName = "retail", EventStreamName = "orders", Uri = $"arn:aws:kinesis:eu-west-2:{s.Account}:stream/exports" }, Ct));
        var account = await Assert.ThrowsAsync<BadRequestException>(() => s.Profiles.CreateEventStreamAsync(new CreateEventStreamRequest
        { DomainName = "retail", EventStreamName = "orders", Uri = "arn:aws:kinesis:us-east-1:999999999999:stream/exports" }, Ct));

        Assert.Contains("in the domain's region us-east-1", region.Message, StringComparison.Ordinal);
        Assert.Contains("in the domain's account", account.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEventStream_KinesisStreamMissing_Refused()
    {
        var s = new Scenario(fixture.Server);
        await s.DomainAsync("retail");

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => s.Profiles.CreateEventStreamAsync(
            new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = s.KinesisArn("missing") }, Ct));

        Assert.Contains("Kinesis stream 'missing' does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteEventStream_Missing_NotFound()
    {
        var s = new Scenario(fixture.Server);
        await s.DomainAsync("retail");

        await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            s.Profiles.DeleteEventStreamAsync(new DeleteEventStreamRequest { DomainName = "retail", EventStreamName = "nope" }, Ct));
    }

    [Fact]
    public async Task TagResource_DomainArn_TagsTheDomain()
    {
        var s = new Scenario(fixture.Server);
        await s.DomainAsync("retail", new() { ["team"] = "retail" });
        var arn = $"arn:aws:profile:us-east-1:{s.Account}:domains/retail";

        await s.Profiles.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = new() { ["env"] = "prod" } }, Ct);

        var domain = await s.Profiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "retail", ["env"] = "prod" }, domain.Tags);
    }

    [Fact]
    public async Task TagResource_MoreThanFiftyAfterMerge_RefusedAndNothingChanges()
    {
        var s = new Scenario(fixture.Server);
        var created = await s.EventStreamAsync("retail", "orders", "exports", Enumerable.Range(0, 40).ToDictionary(i => $"k{i}", _ => "v"));

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => s.Profiles.TagResourceAsync(new TagResourceRequest
        { ResourceArn = created.EventStreamArn, Tags = Enumerable.Range(100, 11).ToDictionary(i => $"k{i}", _ => "v") }, Ct));

        Assert.Contains("would have 51 tags", ex.Message, StringComparison.Ordinal);
        var tags = await s.Profiles.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = created.EventStreamArn }, Ct);
        Assert.Equal(40, tags.Tags!.Count);
    }

    [Fact]
    public async Task TagResource_ArnOfOtherAccount_NotFound()
    {
        var s = new Scenario(fixture.Server);

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => s.Profiles.TagResourceAsync(new TagResourceRequest
        { ResourceArn = "arn:aws:profile:us-east-1:999999999999:domains/retail", Tags = new() { ["a"] = "b" } }, Ct));
    }

    [Fact]
    public async Task Regions_SameAccount_AreSeparateWorlds()
    {
        var east = new Scenario(fixture.Server);
        await east.DomainAsync("retail");
        var west = fixture.Server.CustomerProfiles(east.Account, "eu-west-2");

        var westDomains = await west.ListDomainsAsync(new ListDomainsRequest(), Ct);

        Assert.Empty(westDomains.Items!);
    }
}
