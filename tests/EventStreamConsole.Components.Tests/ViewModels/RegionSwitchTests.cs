using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

/// <summary>Switching region keeps the kind of page and its search and filters.</summary>
public sealed class RegionSwitchTests
{
    [Fact]
    public void Target_FromHealth_HealthOfTheNewRegionWithItsQuery() =>
        Assert.Equal("/health?region=eu-west-2&window=30d&q=orders",
            RegionSwitch.Target("/health", Values("http://x/health?region=us-east-1&window=30d&q=orders"), "eu-west-2", null));

    [Fact]
    public void Target_FromHome_KeepsSearchAndFiltersRestartsThePage() =>
        Assert.Equal("/?region=eu-west-2&account=210987654321&q=orders&tag=team%3Dretail&health=unhealthy",
            RegionSwitch.Target("/", Values("http://x/?region=us-east-1&q=orders&tag=team%3Dretail&health=unhealthy&page=3"), "eu-west-2", "210987654321"));

    [Fact]
    public void Target_FromStreamPage_HomeOfTheNewRegionWithTheListFilters() =>
        Assert.Equal("/?region=eu-west-2&q=orders",
            RegionSwitch.Target("/domains/alpha/streams/alpha-export", Values("http://x/domains/alpha/streams/alpha-export?region=us-east-1&q=orders&tab=history"), "eu-west-2", null));

    [Fact]
    public void Target_FromAudit_AuditWithItsFilters() =>
        Assert.Equal("/audit?region=eu-west-2&action=TagResource",
            RegionSwitch.Target("/audit", Values("http://x/audit?action=TagResource"), "eu-west-2", null));

    private static IReadOnlyDictionary<string, string?> Values(string uri) => ListUrlState.FromUri(uri);
}
