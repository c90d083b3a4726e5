using System.Net.Http.Json;
using EventStreamConsole.Emulator.Admin;

namespace EventStreamConsole.Tests.EndToEnd.Infrastructure;

/// <summary>Reads the emulator's state to pick domains for a scenario, instead of hard-coding the demo's names.</summary>
public static class DemoData
{
    public static async Task<ScopeSnapshot> UsEastAsync(HttpClient admin)
    {
        var state = await admin.GetFromJsonAsync<EmulatorSnapshot>("/_emulator/state", TestContext.Current.CancellationToken);
        return state!.Scopes.Single(s => s.Region == "us-east-1");
    }

    public static async Task<string> DomainWithoutStreamAsync(HttpClient admin)
    {
        var east = await UsEastAsync(admin);
        return east.Domains.Except(east.EventStreams.Select(s => s.DomainName)).Order(StringComparer.Ordinal).First();
    }

    public static async Task<EventStreamSnapshot> HealthyRunningStreamAsync(HttpClient admin, int skip = 0)
    {
        var east = await UsEastAsync(admin);
        return FirstStream(east, s => s is { Status: "HEALTHY", State: "RUNNING" }, skip);
    }

    /// <summary>The first stream (by domain name) of <paramref name="scope"/> that matches, after <paramref name="skip"/> matches.</summary>
    public static EventStreamSnapshot FirstStream(ScopeSnapshot scope, Func<EventStreamSnapshot, bool> match, int skip = 0) =>
        scope.EventStreams.Where(match).OrderBy(s => s.DomainName, StringComparer.Ordinal).Skip(skip).First();
}
