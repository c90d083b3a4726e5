using EventStreamConsole.Configuration;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.Tests.Inventory;

/// <summary>The stale-age rule: a page asks for a refresh only when the sweep's picture is older than Sweep:StaleAfter.</summary>
public sealed class InventoryFreshnessTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_staleAfter = new SweepOptions().StaleAfter;

    [Fact]
    public void StaleAfter_DefaultSweep_IsTwoIntervals() => Assert.Equal(TimeSpan.FromMinutes(2), s_staleAfter);

    [Fact]
    public void IsOlderThan_NeverRead_IsStale() =>
        Assert.True(InventorySnapshot.Empty(default).IsOlderThan(s_staleAfter, s_now));

    [Fact]
    public void IsOlderThan_ReadOneSweepAgo_IsFresh() =>
        Assert.False(Read(s_now - TimeSpan.FromMinutes(1)).IsOlderThan(s_staleAfter, s_now));

    [Fact]
    public void IsOlderThan_ReadBeyondStaleAfter_IsStale() =>
        Assert.True(Read(s_now - s_staleAfter - TimeSpan.FromSeconds(1)).IsOlderThan(s_staleAfter, s_now));

    private static InventorySnapshot Read(DateTimeOffset at) => InventorySnapshot.Empty(default) with { RefreshedAt = at };
}
