using EventStreamConsole.Health;

namespace EventStreamConsole.Tests.Health;

public sealed class HealthWindowTests
{
    [Theory]
    [InlineData("24h", "24 h")]
    [InlineData("7d", "7 days")]
    [InlineData("30D", "30 days")]
    [InlineData("90d", "90 days")]
    public void Resolve_KnownWindow_ThatWindowNoNote(string code, string label)
    {
        var (window, note) = HealthWindow.Resolve(code, TimeSpan.FromDays(90));

        Assert.Equal(label, window.Label);
        Assert.Null(note);
    }

    [Fact]
    public void Resolve_NoWindowInTheAddress_SevenDaysNoNote()
    {
        var (window, note) = HealthWindow.Resolve(null, TimeSpan.FromDays(90));

        Assert.Equal(HealthWindow.Week, window);
        Assert.Null(note);
    }

    [Fact]
    public void Resolve_UnknownValue_SevenDaysAndSaysSo()
    {
        var (window, note) = HealthWindow.Resolve("1y", TimeSpan.FromDays(90));

        Assert.Equal(HealthWindow.Week, window);
        Assert.Equal("Unknown window '1y' in the address (use 24h, 7d, 30d, 90d); showing 7 days.", note);
    }

    [Fact]
    public void Resolve_LongerThanRetention_LongestKeptWindowAndSaysSo()
    {
        var (window, note) = HealthWindow.Resolve("90d", TimeSpan.FromDays(30));

        Assert.Equal(HealthWindow.Month, window);
        Assert.Equal("History is kept for 30 days (History:Retention), so the 90 days window is not available; showing 30 days.", note);
    }
}
