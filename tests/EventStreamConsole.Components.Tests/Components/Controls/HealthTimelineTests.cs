using Bunit;
using EventStreamConsole.Components.Controls;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Components.Controls;

public sealed class HealthTimelineTests : ConsoleTestContext
{
    private static readonly InventoryKey s_key = new(Streams.Account, Streams.Region);

    public HealthTimelineTests() => Services.AddScoped<TimeDisplay>();

    [Fact]
    public void Render_FirstSeenUnhealthyStillOngoing_SpaceBeforeTheParenthesis()
    {
        var at = Now.AddHours(-2);
        var cut = Render<HealthTimeline>(p => p.Add(t => t.Transitions,
            [new HealthTransition("t1", s_key, "orders", "orders-export", "arn:orders", TransitionKind.Status, null, "UNHEALTHY", at, at, null, true)]));

        var text = cut.Find(".health-timeline li").TextContent;
        Assert.Contains("UNHEALTHY when the console first read it — since at least this time, per AWS (still unhealthy, for at least 2 h 0 m)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OutageEnded_SpaceBeforeItsLength()
    {
        var start = Now.AddHours(-3);
        var cut = Render<HealthTimeline>(p => p.Add(t => t.Transitions,
        [
            new HealthTransition("t2", s_key, "orders", "orders-export", "arn:orders", TransitionKind.Status, "UNHEALTHY", "HEALTHY", start.AddMinutes(42), start.AddMinutes(42), null, false),
            new HealthTransition("t1", s_key, "orders", "orders-export", "arn:orders", TransitionKind.Status, "HEALTHY", "UNHEALTHY", start, start, null, false),
        ]));

        Assert.Contains("Destination HEALTHY again (outage lasted 42 m)", cut.FindAll(".health-timeline li")[0].TextContent, StringComparison.Ordinal);
    }
}
