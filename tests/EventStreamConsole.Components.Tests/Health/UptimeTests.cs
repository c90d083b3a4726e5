using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Health;

public sealed class UptimeTests
{
    private const string Arn = "arn:retail";
    private static readonly InventoryKey s_key = new(Streams.Account, Streams.Region);
    private static readonly DateTimeOffset s_now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    private static HealthTransition Status(string to, DateTimeOffset at, bool firstSeen = false) =>
        new(Guid.NewGuid().ToString("N"), s_key, "retail", "retail-export", Arn, TransitionKind.Status, null, to, at, at, null, firstSeen);

    private static HealthHistory Week(DateTimeOffset firstSeen, params HealthTransition[] transitions) =>
        new(s_now.AddDays(-7), transitions, new Dictionary<string, DateTimeOffset> { [Arn] = firstSeen });

    [Fact]
    public void UptimeOf_OneHourOutageInSevenDays_ShareOfTheWholeWindow()
    {
        var history = Week(s_now.AddDays(-30), Status("UNHEALTHY", s_now.AddDays(-2)), Status("HEALTHY", s_now.AddDays(-2).AddHours(1)));

        var uptime = history.UptimeOf(Arn, s_now)!;

        Assert.True(uptime.CoversWindow);
        Assert.Equal(1 - (1.0 / (7 * 24)), uptime.Share, 6);
        Assert.Equal("uptime 99.4 %", uptime.Describe(s_now));
    }

    [Fact]
    public void UptimeOf_OutageBegunBeforeTheWindowStillOngoing_Zero()
    {
        var history = Week(s_now.AddDays(-30), Status("UNHEALTHY", s_now.AddDays(-7).AddHours(-6)));

        var uptime = history.UptimeOf(Arn, s_now)!;

        Assert.Equal(0, uptime.Share);
        Assert.Equal("uptime 0.0 %", uptime.Describe(s_now));
        Assert.True(Assert.Single(history.Outages).IsOngoing);
    }

    [Fact]
    public void UptimeOf_FirstSeenInsideTheWindow_ShareSinceThenAndSaysSo()
    {
        var history = Week(s_now.AddDays(-3), Status("UNHEALTHY", s_now.AddHours(-1)), Status("HEALTHY", s_now.AddMinutes(-25)));

        var uptime = history.UptimeOf(Arn, s_now)!;

        Assert.False(uptime.CoversWindow);
        Assert.Equal(s_now.AddDays(-3), uptime.CoveredFrom);
        // 35 minutes down in 3 days.
        Assert.Equal("uptime 99.1 % since first seen 3 d 0 h ago", uptime.Describe(s_now));
    }

    [Fact]
    public void UptimeOf_AnyOutage_NeverRoundedUpToAHundred()
    {
        var history = Week(s_now.AddDays(-30), Status("UNHEALTHY", s_now.AddHours(-1)), Status("HEALTHY", s_now.AddHours(-1).AddSeconds(10)));

        Assert.Equal("99.9 %", history.UptimeOf(Arn, s_now)!.Percent);
    }

    [Fact]
    public void UptimeOf_NeverRead_Unknown()
    {
        var history = HealthHistory.Empty(s_now.AddDays(-7));

        Assert.Null(history.UptimeOf(Arn, s_now));
    }

    [Fact]
    public void Outages_BrokenWhenFirstRead_SinceAtLeast()
    {
        var history = Week(s_now.AddDays(-1), Status("UNHEALTHY", s_now.AddDays(-9), firstSeen: true));

        var outage = Assert.Single(history.Outages);

        Assert.True(outage.SinceAtLeast);
        Assert.Equal(s_now.AddDays(-9), outage.StartedAt);
        Assert.Single(history.Timeline);
    }

    [Fact]
    public void Outages_EndedBeforeTheWindow_Left()
    {
        var history = Week(s_now.AddDays(-30), Status("UNHEALTHY", s_now.AddDays(-9)), Status("HEALTHY", s_now.AddDays(-8)));

        Assert.Empty(history.Outages);
        Assert.Empty(history.Timeline);
    }
}
