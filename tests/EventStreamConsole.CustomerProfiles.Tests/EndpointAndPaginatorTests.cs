using System.Net;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests;

public sealed class EndpointAndPaginatorTests
{
    [Theory]
    [InlineData("us-east-1", false, false, "https://profile.us-east-1.amazonaws.com/")]
    [InlineData("us-east-1", true, false, "https://profile-fips.us-east-1.amazonaws.com/")]
    [InlineData("us-east-1", false, true, "https://profile.us-east-1.api.aws/")]
    [InlineData("us-east-1", true, true, "https://profile-fips.us-east-1.api.aws/")]
    [InlineData("cn-north-1", false, false, "https://profile.cn-north-1.amazonaws.com.cn/")]
    [InlineData("us-iso-east-1", true, false, "https://profile-fips.us-iso-east-1.c2s.ic.gov/")]
    [InlineData("eusc-de-east-1", false, true, "https://profile.eusc-de-east-1.api.amazonwebservices.eu/")]
    public void Resolve_RegionAndVariants_FollowsEndpointRules(string region, bool fips, bool dualStack, string expected) =>
        Assert.Equal(expected, AwsEndpoints.Resolve("profile", new AwsClientOptions { Region = region, UseFips = fips, UseDualStack = dualStack }, null).ToString());

    [Fact]
    public void Resolve_KinesisFipsInGovCloud_IsTheRegularEndpoint() =>
        Assert.Equal("https://kinesis.us-gov-west-1.amazonaws.com/", AwsEndpoints.Resolve("kinesis", new AwsClientOptions { Region = "us-gov-west-1", UseFips = true }, null).ToString());

    [Fact]
    public void Resolve_CustomEndpoint_UsedVerbatimButNotWithFips()
    {
        Assert.Equal("http://127.0.0.1:4566/", AwsEndpoints.Resolve("profile", new AwsClientOptions { Region = "us-east-1" }, "http://127.0.0.1:4566").ToString());
        var ex = Assert.Throws<InvalidOperationException>(() => AwsEndpoints.Resolve("profile", new AwsClientOptions { Region = "us-east-1", UseFips = true }, "http://127.0.0.1:4566"));
        Assert.Contains("FIPS and custom endpoint are not supported", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoRegion_ReportsMissingRegion() =>
        Assert.Contains("Missing Region", Assert.Throws<InvalidOperationException>(() => AwsEndpoints.Resolve("profile", new AwsClientOptions(), null)).Message, StringComparison.Ordinal);

    [Fact]
    public async Task ListEventStreamsPaginator_ThreePages_YieldsEveryItemInOrder()
    {
        var harness = new ClientHarness();
        harness.Handler
            .Then(Page("""[{"DomainName":"d","EventStreamName":"a","EventStreamArn":"x","State":"RUNNING"}]""", "t1"))
            .Then(Page("""[{"DomainName":"d","EventStreamName":"b","EventStreamArn":"y","State":"RUNNING"}]""", "t2"))
            .Then(Page("""[{"DomainName":"d","EventStreamName":"c","EventStreamArn":"z","State":"STOPPED"}]""", null));

        var names = new List<string>();
        await foreach (var item in harness.CustomerProfiles.Paginators.ListEventStreams(new ListEventStreamsRequest { DomainName = "d", MaxResults = 1 })
            .Items.WithCancellation(TestContext.Current.CancellationToken))
        {
            names.Add(item.EventStreamName);
        }

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(["/domains/d/event-streams?max-results=1", "/domains/d/event-streams?max-results=1&next-token=t1", "/domains/d/event-streams?max-results=1&next-token=t2"],
            harness.Handler.Requests.Select(r => r.Target));
    }

    [Fact]
    public async Task ListDomainsPaginator_RepeatedToken_StopsWithClearError()
    {
        var harness = new ClientHarness();
        harness.Handler.Default = _ => ScriptedHandler.Json(HttpStatusCode.OK, """{"Items":[],"NextToken":"same"}""");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var page in harness.CustomerProfiles.Paginators.ListDomains(new ListDomainsRequest()).Responses.WithCancellation(TestContext.Current.CancellationToken))
            {
                Assert.NotNull(page);
            }
        });

        Assert.Contains("same NextToken twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paginator_EnumeratedTwice_Refuses()
    {
        var harness = new ClientHarness();
        harness.Handler.Default = _ => ScriptedHandler.Json(HttpStatusCode.OK, """{"Items":[]}""");
        var paginator = harness.CustomerProfiles.Paginators.ListDomains(new ListDomainsRequest());
        await foreach (var page in paginator.Responses.WithCancellation(TestContext.Current.CancellationToken))
        {
            Assert.Empty(page.Items);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var page in paginator.Responses.WithCancellation(TestContext.Current.CancellationToken))
            {
                Assert.Fail("a paginator walks its pages once");
            }
        });
    }

    private static HttpResponseMessage Page(string items, string? token) =>
        ScriptedHandler.Json(HttpStatusCode.OK, token is null ? $$$"""{"Items":{{{items}}}}""" : $$$"""{"Items":{{{items}}},"NextToken":"{{{token}}}"}""");
}
