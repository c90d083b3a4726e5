using Amazon.CustomerProfiles;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Health;

public sealed class OngoingOutagesTests
{
    private static readonly InventoryKey s_key = new(Streams.Account, Streams.Region);
    private static readonly DateTimeOffset s_now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
    private static readonly RegionHealth s_loaded = new(s_key, 3, 3, 2, 0, 1, s_now.AddMinutes(-1), false, null);

    private static HealthRow Unhealthy(string domain, DateTime? since) =>
        new(s_key, domain, domain + "-export", null, null, EventStreamDestinationStatus.UNHEALTHY, EventStreamState.RUNNING, since, null, "broken");

    [Fact]
    public void Reconcile_UnhealthyWithoutRecordedOutage_OngoingSinceAtLeastUnhealthySince()
    {
        var since = s_now.UtcDateTime.AddDays(-7).AddHours(-6);

        var outages = OngoingOutages.Reconcile([], [Unhealthy("retail", since)], [s_loaded], s_now);

        var outage = Assert.Single(outages);
        Assert.True(outage.IsOngoing);
        Assert.True(outage.SinceAtLeast);
        Assert.Equal(new DateTimeOffset(since), outage.StartedAt);
    }

    [Fact]
    public void Reconcile_RecordedOutage_KeptWithItsStart()
    {
        var recorded = new Outage(s_key, "retail", "retail-export", s_now.AddHours(-3), null, "broken");

        var outages = OngoingOutages.Reconcile([recorded], [Unhealthy("retail", s_now.UtcDateTime.AddHours(-2))], [s_loaded], s_now);

        Assert.Equal(recorded, Assert.Single(outages));
    }

    [Fact]
    public void Reconcile_RecordedOngoingButHealthyNow_NotCountedOngoing()
    {
        var stale = new Outage(s_key, "gone", "gone-export", s_now.AddDays(-2), null, null);
        var past = new Outage(s_key, "retail", "retail-export", s_now.AddDays(-3), s_now.AddDays(-3).AddHours(1), null);

        var outages = OngoingOutages.Reconcile([stale, past], [], [s_loaded], s_now);

        Assert.Equal(past, Assert.Single(outages));
    }

    [Fact]
    public void Reconcile_NineUnhealthy_NineOngoing()
    {
        var rows = Enumerable.Range(1, 9).Select(i => Unhealthy($"d{i}", s_now.UtcDateTime.AddDays(-i))).ToList();
        var recorded = new[] { new Outage(s_key, "d1", "d1-export", s_now.AddDays(-1), null, null) };

        var outages = OngoingOutages.Reconcile(recorded, rows, [s_loaded], s_now);

        Assert.Equal(9, outages.Count(o => o.IsOngoing));
    }
}
