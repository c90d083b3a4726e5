using System.Net;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests.Sdk;

public sealed class PaginatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListEventStreamsItems_ThreePages_YieldsEveryItemInOrder()
    {
        var harness = new ClientHarness();
        harness.Handler
            .Then(Page("""[{"DomainName":"d","EventStreamName":"a","EventStreamArn":"x","State":"RUNNING"}]""", "t1"))
            .Then(Page("""[{"DomainName":"d","EventStreamName":"b","EventStreamArn":"y","State":"RUNNING"}]""", "t2"))
            .Then(Page("""[{"DomainName":"d","EventStreamName":"c","EventStreamArn":"z","State":"STOPPED"}]""", null));

        var names = new List<string>();
        await foreach (var item in harness.CustomerProfiles.Paginators.ListEventStreams(new ListEventStreamsRequest { DomainName = "d", MaxResults = 1 }).Items.WithCancellation(Ct))
        {
            names.Add(item.EventStreamName!);
        }

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(["/domains/d/event-streams?max-results=1", "/domains/d/event-streams?max-results=1&next-token=t1", "/domains/d/event-streams?max-results=1&next-token=t2"],
            harness.Handler.Requests.Select(r => r.Target));
    }

    [Fact]
    public async Task ListEventStreamsResponses_RepeatedToken_StopsWithClearError()
    {
        var harness = new ClientHarness();
        harness.Handler.Default = _ => ScriptedHandler.Json(HttpStatusCode.OK, """{"Items":[],"NextToken":"same"}""");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var page in harness.CustomerProfiles.Paginators.ListEventStreams(new ListEventStreamsRequest { DomainName = "d" }).Responses.WithCancellation(Ct))
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
        var paginator = harness.CustomerProfiles.Paginators.ListEventStreams(new ListEventStreamsRequest { DomainName = "d" });
        await foreach (var page in paginator.Responses.WithCancellation(Ct))
        {
            Assert.Empty(page.Items!);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var page in paginator.Responses.WithCancellation(Ct))
            {
                Assert.Fail("a paginator walks its pages once");
            }
        });
    }

    private static HttpResponseMessage Page(string items, string? token) =>
        ScriptedHandler.Json(HttpStatusCode.OK, token is null ? $$$"""{"Items":{{{items}}}}""" : $$$"""{"Items":{{{items}}},"NextToken":"{{{token}}}"}""");
}
