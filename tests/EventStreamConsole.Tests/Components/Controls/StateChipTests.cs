using Bunit;
using EventStreamConsole.Components.Controls;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Controls;

public sealed class StateChipTests : ConsoleTestContext
{
    [Theory]
    [InlineData(EventStreamState.Running, "RUNNING")]
    [InlineData(EventStreamState.Stopped, "STOPPED")]
    [InlineData(EventStreamState.Unknown, "UNKNOWN")]
    public void Render_State_ShowsWireName(EventStreamState state, string expected)
    {
        var cut = Render<StateChip>(p => p.Add(c => c.State, state));

        Assert.Contains(expected, cut.Find(".mud-chip").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StoppedWithSince_TitleSaysSinceWhen()
    {
        var since = new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc);

        var cut = Render<StateChip>(p => p.Add(c => c.State, EventStreamState.Stopped).Add(c => c.StoppedSince, since));

        Assert.Equal("Stopped since 2026-11-20 08:30:00 UTC", cut.Find(".mud-chip").GetAttribute("title"));
    }
}
