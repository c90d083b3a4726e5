using Bunit;
using EventStreamConsole.Components.Controls;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Controls;

public sealed class HealthBadgeTests : ConsoleTestContext
{
    [Fact]
    public void Render_Healthy_ShowsWordAndNoDuration()
    {
        var cut = Render<HealthBadge>(p => p.Add(b => b.Status, EventStreamDestinationStatus.HEALTHY));

        Assert.Equal("HEALTHY", cut.Find(".health-badge > span").TextContent);
        Assert.Contains("health-healthy", cut.Find(".health-badge").ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".health-duration"));
    }

    [Fact]
    public void Render_UnhealthyForThreeHoursTwelveMinutes_SaysHowLongAndSinceWhen()
    {
        var since = Now.UtcDateTime.AddHours(-3).AddMinutes(-12);

        var cut = Render<HealthBadge>(p => p.Add(b => b.Status, EventStreamDestinationStatus.UNHEALTHY).Add(b => b.UnhealthySince, since));

        Assert.Equal("for 3 h 12 m", cut.Find(".health-duration").TextContent);
        Assert.Equal($"Unhealthy since {since:yyyy-MM-dd HH:mm:ss} UTC", cut.Find(".health-badge").GetAttribute("title"));
        Assert.Contains("health-unhealthy", cut.Find(".health-badge").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HealthyNeutral_WordWithoutTheGreen()
    {
        var cut = Render<HealthBadge>(p => p.Add(b => b.Status, EventStreamDestinationStatus.HEALTHY).Add(b => b.Neutral, true));

        Assert.Equal("HEALTHY", cut.Find(".health-badge > span").TextContent);
        Assert.Contains("health-neutral", cut.Find(".health-badge").ClassList);
        Assert.DoesNotContain("mud-success-text", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnhealthyWithoutSince_ShowsWordOnly()
    {
        var cut = Render<HealthBadge>(p => p.Add(b => b.Status, EventStreamDestinationStatus.UNHEALTHY));

        Assert.Equal("UNHEALTHY", cut.Find(".health-badge > span").TextContent);
        Assert.Empty(cut.FindAll(".health-duration"));
    }

    [Fact]
    public void Render_UnknownStatus_SaysUnknown() =>
        Assert.Equal("UNKNOWN", Render<HealthBadge>(p => p.Add(b => b.Status, (EventStreamDestinationStatus?)null)).Find(".health-badge > span").TextContent);
}
