using Bunit;
using EventStreamConsole.Components.Controls;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Controls;

public sealed class StateChipTests : ConsoleTestContext
{
    [Theory]
    [InlineData("RUNNING", "RUNNING")]
    [InlineData("STOPPED", "STOPPED")]
    [InlineData(null, "UNKNOWN")]
    [InlineData("PAUSED", "UNKNOWN")]
    public void Render_State_ShowsWireName(string? state, string expected)
    {
        var cut = Render<StateChip>(p => p.Add(c => c.State, EventStreamState.FindValue(state)));

        Assert.Contains(expected, cut.Find(".mud-chip").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StoppedWithSince_TitleSaysSinceWhen()
    {
        var since = new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc);

        var cut = Render<StateChip>(p => p.Add(c => c.State, EventStreamState.STOPPED).Add(c => c.StoppedSince, since));

        Assert.Equal("Stopped since 2026-11-20 08:30:00 UTC", cut.Find(".mud-chip").GetAttribute("title"));
    }
}
