using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Emulator.State;
using EventStreamConsole.Emulator.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Emulator.Tests.Protocol;

/// <summary>Invented operations, accounts and regions cannot grow the emulator's state, counters or buckets without bound.</summary>
public sealed class ResourceLimitTests : IAsyncLifetime
{
    private const int MaxAccountRegions = 20;
    private EmulatorServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await EmulatorServer.StartAsync(
        ("Emulator:Throttling:Enabled", "false"), ("Emulator:Limits:MaxAccountRegions", $"{MaxAccountRegions}"));

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Kinesis_2000InventedTargets_NoCounterAdded()
    {
        for (var i = 0; i < 2000; i++)
        {
            using var response = await _server.RawAsync(HttpMethod.Post, "/", "{}", target: $"Kinesis_20131202.Invented{i}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var counts = await _server.Http.GetFromJsonAsync<List<RequestCount>>("/_emulator/requests", Ct);
        Assert.Empty(counts!);
    }

    [Fact]
    public async Task Request_300InventedLongRegions_RefusedAndNothingKept()
    {
        for (var i = 0; i < 300; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/domains");
            request.Headers.TryAddWithoutValidation("Authorization", EmulatorServer.Authorization(region: $"us-{i:D4}{new string('a', 990)}-1"));
            using var response = await _server.Http.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(0, _server.Services.GetRequiredService<ScopeRegistry>().Count);
        Assert.Empty((await _server.Http.GetFromJsonAsync<List<RequestCount>>("/_emulator/requests", Ct))!);
    }

    [Fact]
    public async Task Request_MoreAccountRegionsThanTheLimit_TypedRefusalAndKnownPairsStillServed()
    {
        var known = new Scenario(_server);
        await known.DomainAsync("retail");
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < MaxAccountRegions + 5; i++)
        {
            answers.Add(await _server.RawAsync(HttpMethod.Get, "/domains", account: EmulatorServer.NewAccount()));
        }

        using var kinesis = await _server.RawAsync(HttpMethod.Post, "/", "{}", EmulatorServer.NewAccount(), target: "Kinesis_20131202.ListStreams");
        var refused = answers.Where(a => a.StatusCode != HttpStatusCode.OK).ToList();
        var listed = await known.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct);

        Assert.Equal(6, refused.Count);
        Assert.All(refused, r => Assert.Equal("BadRequestException", r.Headers.GetValues("X-Amzn-ErrorType").Single()));
        Assert.Contains("Emulator:Limits:MaxAccountRegions", await refused[0].Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, kinesis.StatusCode);
        Assert.Equal("InvalidArgumentException", kinesis.Headers.GetValues("X-Amzn-ErrorType").Single());
        Assert.Single(listed.Items!);
        Assert.Equal(MaxAccountRegions, _server.Services.GetRequiredService<ScopeRegistry>().Count);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task Reset_AfterTheLimitWasReached_AdmitsNewPairsAgain()
    {
        for (var i = 0; i < MaxAccountRegions; i++)
        {
            using var _ = await _server.RawAsync(HttpMethod.Get, "/domains", account: EmulatorServer.NewAccount());
        }

        using var full = await _server.RawAsync(HttpMethod.Get, "/domains", account: EmulatorServer.NewAccount());
        using var reset = await _server.Admin.PostAsync("/_emulator/reset", null, Ct);
        using var after = await _server.RawAsync(HttpMethod.Get, "/domains", account: EmulatorServer.NewAccount());

        Assert.Equal(HttpStatusCode.BadRequest, full.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Read_UnknownAccount_CreatesNoWorld()
    {
        var account = EmulatorServer.NewAccount();

        using var response = await _server.RawAsync(HttpMethod.Get, "/domains/nope", account: account);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(_server.Services.GetRequiredService<EmulatorStore>().Holds(new Scope(account, "us-east-1")));
        Assert.Equal("ResourceNotFoundException", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("__type").GetString());
    }
}
