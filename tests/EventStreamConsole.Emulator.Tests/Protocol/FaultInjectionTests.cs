using System.Diagnostics;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Protocol;

/// <summary>Faults injected through the admin API, and the client's answer to each.</summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await EmulatorServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FailNextTwo_ClientRetries_SucceedsOnThirdAttempt()
    {
        var s = new Scenario(_server);
        await s.DomainAsync("retail");
        await _server.PutFaultAsync("GetDomain", new FaultRule { FailNext = 2, ErrorType = "InternalServerException", StatusCode = 500 });

        var domain = await s.Profiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct);

        Assert.Equal("retail", domain.DomainName);
    }

    [Fact]
    public async Task ErrorRateOne_ClientGivesUp_WithTheInjectedType()
    {
        var s = new Scenario(_server);
        await _server.PutFaultAsync("ListDomains", new FaultRule { ErrorRate = 1, ErrorType = "AccessDeniedException", StatusCode = 403 });

        var ex = await Assert.ThrowsAsync<AccessDeniedException>(() => s.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct));

        Assert.Equal(1, ex.Attempts());
    }

    [Fact]
    public async Task CreateAppliedButAnswerLost_ClientRetry_CreatesExactlyOnce()
    {
        var s = new Scenario(_server);
        await s.DomainAsync("retail");
        await s.KinesisStreamAsync("exports");
        await _server.PutFaultAsync("CreateEventStream", new FaultRule { FailNext = 1, AfterApply = true, ErrorType = "InternalServerException", StatusCode = 500 });

        var response = await s.Profiles.CreateEventStreamAsync(new CreateEventStreamRequest { DomainName = "retail", EventStreamName = "orders", Uri = s.KinesisArn("exports") }, Ct);

        Assert.Equal(s.StreamArn("retail", "orders"), response.EventStreamArn);
        var listed = await s.Profiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail" }, Ct);
        Assert.Single(listed.Items!);
    }

    [Fact]
    public async Task DeleteAppliedButAnswerLost_ClientRetry_ReportsSuccess()
    {
        var s = new Scenario(_server);
        await s.EventStreamAsync("retail", "orders", "exports");
        await _server.PutFaultAsync("DeleteEventStream", new FaultRule { FailNext = 1, AfterApply = true, ErrorType = "InternalServerException", StatusCode = 500 });

        await s.Profiles.DeleteEventStreamAsync(new DeleteEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);

        Assert.Empty((await s.Profiles.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = "retail" }, Ct)).Items!);
    }

    [Fact]
    public async Task DroppedConnection_ClientRetries_Succeeds()
    {
        var s = new Scenario(_server);
        await _server.PutFaultAsync("ListDomains", new FaultRule { FailNext = 1, DropConnection = true });

        var response = await s.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct);

        Assert.Empty(response.Items!);
    }

    [Fact]
    public async Task Latency_Injected_DelaysTheAnswer()
    {
        var s = new Scenario(_server);
        await s.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct);
        await _server.PutFaultAsync("ListDomains", new FaultRule { LatencyMs = 300 });

        var watch = Stopwatch.StartNew();
        await s.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(280), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task ConfiguredFault_AtStart_Applies()
    {
        await using var server = await EmulatorServer.StartAsync(("Emulator:Faults:GetDomain:ErrorRate", "1"), ("Emulator:Faults:GetDomain:ErrorType", "ThrottlingException"), ("Emulator:Faults:GetDomain:StatusCode", "429"));
        var s = new Scenario(server, configure: o => o.MaxAttempts = 1);

        await Assert.ThrowsAsync<ThrottlingException>(() => s.Profiles.GetDomainAsync(new GetDomainRequest { DomainName = "x" }, Ct));
    }
}
