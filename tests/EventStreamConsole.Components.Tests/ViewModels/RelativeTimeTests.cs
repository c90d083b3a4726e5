using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

public sealed class RelativeTimeTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(45, "45 s")]
    [InlineData(60, "1 m")]
    [InlineData(59 * 60, "59 m")]
    [InlineData(3 * 3600 + 12 * 60, "3 h 12 m")]
    [InlineData(2 * 86400 + 4 * 3600, "2 d 4 h")]
    [InlineData(30 * 86400, "30 d 0 h")]
    [InlineData(31 * 86400, "1 month")]
    [InlineData(70 * 86400, "2 months")]
    [InlineData(364 * 86400, "11 months")]
    [InlineData(378 * 86400 + 10 * 3600, "1 year")]
    [InlineData(800 * 86400, "2 years")]
    [InlineData(-30, "0 s")]
    public void Duration_Spans_ReadLikeAnOnCallEngineer(int seconds, string expected) =>
        Assert.Equal(expected, RelativeTime.Duration(TimeSpan.FromSeconds(seconds)));
}
