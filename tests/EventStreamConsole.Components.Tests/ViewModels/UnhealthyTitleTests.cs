using Amazon.CustomerProfiles;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

/// <summary>The tab's title prefix and favicon badge: a count only when it is known, "≥" while the region is partly read.</summary>
public sealed class UnhealthyTitleTests
{
    private static readonly InventoryKey s_key = new(Streams.Account, Streams.Region);

    [Fact]
    public void Prefix_LoadedWithUnhealthy_CountsThem()
    {
        var snapshot = Snapshot(loaded: true, unhealthy: 3);

        Assert.Equal("(3 unhealthy) ", UnhealthyTitle.Prefix(snapshot));
        Assert.StartsWith("data:image/svg+xml,", UnhealthyTitle.Favicon(snapshot), StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(">3</text>"), UnhealthyTitle.Favicon(snapshot), StringComparison.Ordinal);
    }

    [Fact]
    public void Prefix_PartlyReadWithUnhealthy_SaysAtLeast() =>
        Assert.Equal("(≥2 unhealthy) ", UnhealthyTitle.Prefix(Snapshot(loaded: false, unhealthy: 2)));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Prefix_NoneUnhealthy_NoPrefixAndOriginalFavicon(bool loaded)
    {
        Assert.Equal("", UnhealthyTitle.Prefix(Snapshot(loaded, unhealthy: 0)));
        Assert.Null(UnhealthyTitle.Favicon(Snapshot(loaded, unhealthy: 0)));
    }

    [Fact]
    public void Favicon_TenOrMore_SaysNinePlus() =>
        Assert.Contains(Uri.EscapeDataString(">9+</text>"), UnhealthyTitle.Favicon(Snapshot(loaded: true, unhealthy: 12)), StringComparison.Ordinal);

    private static InventorySnapshot Snapshot(bool loaded, int unhealthy)
    {
        var entries = Enumerable.Range(0, unhealthy)
            .Select(i => Streams.Entry($"sick{i}", Streams.Summary($"sick{i}", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: ConsoleTestContext.Now.UtcDateTime)))
            .Append(Streams.Entry("fine", Streams.Summary("fine")))
            .ToList();
        return new InventorySnapshot(s_key, entries, loaded ? ConsoleTestContext.Now : null, !loaded, entries.Count, loaded ? entries.Count : 124, null);
    }
}
