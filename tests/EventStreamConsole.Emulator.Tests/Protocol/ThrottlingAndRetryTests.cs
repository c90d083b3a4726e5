using System.Net.Http.Json;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Protocol;

/// <summary>AWS's TPS enforced by the emulator; the client's pacing and retries against it.</summary>
public sealed class ThrottlingAndRetryTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Burst_ClientWithoutPacingOrRetries_GetsThrottlingException()
    {
        var s = new Scenario(fixture.Server, configure: o => { o.RateLimitingEnabled = false; o.MaxAttempts = 1; });

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            try
            {
                await s.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct);
                return "ok";
            }
            catch (ThrottlingException ex)
            {
                Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, ex.StatusCode);
                return "throttled";
            }
        }));

        // A bucket of one second at 5 TPS: five pass at once, the rest are refused until it refills.
        Assert.InRange(results.Count(r => r == "ok"), 5, 7);
        Assert.InRange(results.Count(r => r == "throttled"), 5, 7);
    }

    [Fact]
    public async Task Burst_PacedClient_NeverThrottled()
    {
        var s = new Scenario(fixture.Server);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => s.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct)));

        var counts = await fixture.Server.Http.GetFromJsonAsync<List<RequestCount>>("/_emulator/requests", Ct);
        var mine = Assert.Single(counts!, c => c.AccountId == s.Account && c.Operation == "ListDomains");
        Assert.Equal(12, mine.Calls);
        Assert.Equal(0, mine.Throttled);
    }

    [Fact]
    public async Task Burst_UnpacedClientWithRetries_AllSucceedThroughBackoff()
    {
        var s = new Scenario(fixture.Server, configure: o => { o.RateLimitingEnabled = false; o.MaxAttempts = 5; });

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => s.Profiles.ListDomainsAsync(new ListDomainsRequest(), Ct)));

        Assert.Equal(6, responses.Length);
    }
}
