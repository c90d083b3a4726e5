using System.Net;
using System.Net.Http.Json;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Emulator.Admin;
using EventStreamConsole.Emulator.Seeding;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Admin;

public sealed class AdminApiTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await EmulatorServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ResetWithDemoSeed_State_HasThreeRegionsAndAPagingSizedRegion()
    {
        using var reset = await _server.Admin.PostAsync("/_emulator/reset?seed=Demo", null, Ct);
        var state = await _server.Http.GetFromJsonAsync<EmulatorSnapshot>("/_emulator/state", Ct);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(["ap-southeast-2", "eu-west-2", "us-east-1"], state!.Scopes.Select(s => s.Region).Order());
        var east = state.Scopes.Single(s => s.Region == DemoSeeder.LargeRegion);
        Assert.Equal(124, east.Domains.Count);
        Assert.Equal(DemoSeeder.LargeRegionQuota, east.DomainQuota);
        Assert.InRange(east.EventStreams.Count, 90, 115);
        Assert.Contains(east.EventStreams, s => s.Status == "UNHEALTHY");
        Assert.Contains(east.EventStreams, s => s.State == "STOPPED");
        var unhealthyFor = east.EventStreams.Where(s => s.UnhealthySince is not null).Select(s => DateTime.UtcNow - s.UnhealthySince!.Value).ToList();
        Assert.Contains(unhealthyFor, d => d < TimeSpan.FromHours(1));
        Assert.Contains(unhealthyFor, d => d > TimeSpan.FromDays(1));
        Assert.NotEmpty(east.KinesisStreams);
    }

    [Fact]
    public async Task DemoSeed_UnhealthyStreams_StayUnhealthyAfterHealthCheck()
    {
        await _server.Admin.PostAsync("/_emulator/reset?seed=Demo", null, Ct);

        var result = await (await _server.Admin.PostAsync("/_emulator/health-check", null, Ct)).Content.ReadFromJsonAsync<HealthCheckResult>(Ct);

        Assert.Equal(0, result!.Transitions);
    }

    [Fact]
    public async Task Reset_UnknownSeed_BadRequestWithMessage()
    {
        using var response = await _server.Admin.PostAsync("/_emulator/reset?seed=Everything", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<AdminError>(Ct);
        Assert.Equal("seed must be 'Demo' or absent (got 'Everything').", error!.Message);
    }

    [Fact]
    public async Task Faults_PutListDelete_RoundTrip()
    {
        await _server.PutFaultAsync("GetEventStream", new FaultRule { LatencyMs = 50 });
        var listed = await _server.Http.GetFromJsonAsync<Dictionary<string, FaultRule>>("/_emulator/faults", Ct);
        using var deleted = await _server.Admin.DeleteAsync("/_emulator/faults/GetEventStream", Ct);
        var after = await _server.Http.GetFromJsonAsync<Dictionary<string, FaultRule>>("/_emulator/faults", Ct);

        Assert.Equal(50, listed!["GetEventStream"].LatencyMs);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(after!);
    }

    [Fact]
    public async Task Faults_InvalidRule_BadRequest()
    {
        using var response = await _server.Http.PutAsJsonAsync("/_emulator/faults/GetDomain", new FaultRule { ErrorRate = 2 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EventStreamState_SetStopped_ReportedWithStoppedSince()
    {
        var s = new Scenario(_server);
        var created = await s.EventStreamAsync("retail", "orders", "exports");

        using var response = await _server.Http.PutAsJsonAsync("/_emulator/event-streams/state", new EventStreamStateChange(created.EventStreamArn!, "STOPPED"), Ct);
        var stream = await s.Profiles.GetEventStreamAsync(new GetEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(EventStreamState.STOPPED, stream.State);
        Assert.NotNull(stream.StoppedSince);
    }

    [Fact]
    public async Task Throttling_SwitchedOff_BurstPasses()
    {
        using var off = await _server.Http.PutAsJsonAsync("/_emulator/throttling", new ThrottlingSetting(false), Ct);
        var s = new Scenario(_server, configure: o => { o.RateLimitingEnabled = false; o.MaxAttempts = 1; });

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => s.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct)));

        Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
    }
}
