using System.Security.Claims;
using EventStreamConsole.Authentication;

namespace EventStreamConsole.Tests.Authentication;

public sealed class SessionExpiryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal With(string? expires) => new(new ClaimsIdentity(
        expires is null ? [] : [new Claim(ConsoleClaimTypes.SessionExpires, expires)], "cookie"));

    [Theory]
    [InlineData("2026-11-28T03:00:01.0000000Z", true)]
    [InlineData("2026-11-28T03:00:00.0000000Z", false)]
    [InlineData("2026-11-28T02:59:59.0000000Z", false)]
    [InlineData("tomorrow", false)]
    public void IsCurrent_SessionEnd_OnlyBeforeIt(string expires, bool current) =>
        Assert.Equal(current, SessionExpiryAuthenticationStateProvider.IsCurrent(With(expires), s_now));

    [Fact]
    public void IsCurrent_NoSessionEnd_AlwaysCurrent() => Assert.True(SessionExpiryAuthenticationStateProvider.IsCurrent(With(null), s_now));
}
