using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Inventory;

public sealed class InventoryQueryTests
{
    private static readonly DateTime s_now = ConsoleTestContext.Now.UtcDateTime;

    private static readonly IReadOnlyList<InventoryEntry> s_entries =
    [
        Streams.Entry("alpha", Streams.Summary("alpha")),
        Streams.Entry("bravo", Streams.Summary("bravo", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: s_now.AddHours(-1))),
        Streams.Entry("charlie", Streams.Summary("charlie", state: EventStreamState.STOPPED)),
        Streams.Entry("delta", null),
        Streams.Entry("echo", Streams.Summary("echo", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: s_now.AddDays(-3))),
    ];

    [Fact]
    public void Apply_DefaultSort_ProblemsFirstLongestUnhealthyOnTop()
    {
        var (items, total) = new InventoryQuery().Apply(s_entries);

        Assert.Equal(5, total);
        Assert.Equal(["echo", "bravo", "charlie", "alpha", "delta"], items.Select(i => i.DomainName));
    }

    [Theory]
    [InlineData(HealthFilter.Unhealthy, new[] { "echo", "bravo" })]
    [InlineData(HealthFilter.Healthy, new[] { "charlie", "alpha" })]
    [InlineData(HealthFilter.NoStream, new[] { "delta" })]
    public void Apply_HealthFilter_KeepsMatching(HealthFilter filter, string[] expected) =>
        Assert.Equal(expected, new InventoryQuery(Health: filter).Apply(s_entries).Items.Select(i => i.DomainName));

    [Fact]
    public void Apply_StateStopped_KeepsStoppedOnly() =>
        Assert.Equal(["charlie"], new InventoryQuery(State: StateFilter.Stopped).Apply(s_entries).Items.Select(i => i.DomainName));

    [Theory]
    [InlineData("BRAV", "bravo")]
    [InlineData("echo-export", "echo")]
    [InlineData("delta", "delta")]
    [InlineData("alpha-events", "alpha")]
    public void Apply_Search_MatchesDomainStreamOrDestination(string search, string expected) =>
        Assert.Equal([expected], new InventoryQuery(Search: search).Apply(s_entries).Items.Select(i => i.DomainName));

    [Fact]
    public void Apply_SortByDomainDescending_Reverses() =>
        Assert.Equal(["echo", "delta", "charlie", "bravo", "alpha"],
            new InventoryQuery(Sort: SortColumn.Domain, Descending: true).Apply(s_entries).Items.Select(i => i.DomainName));

    [Fact]
    public void Apply_SecondPageOfTwo_ReturnsRestWithFullTotal()
    {
        var (items, total) = new InventoryQuery(Sort: SortColumn.Domain, Page: 1, PageSize: 3).Apply(s_entries);

        Assert.Equal(5, total);
        Assert.Equal(["delta", "echo"], items.Select(i => i.DomainName));
    }

    [Fact]
    public void Apply_PageBeyondEnd_ClampsToLastPage() =>
        Assert.Equal(["delta", "echo"], new InventoryQuery(Sort: SortColumn.Domain, Page: 9, PageSize: 3).Apply(s_entries).Items.Select(i => i.DomainName));
}
