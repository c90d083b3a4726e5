using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace EventStreamConsole.Authentication;

/// <summary>
/// A circuit keeps the user it started with; this ends it when the sign-in session does, so the router sends the user
/// through sign-in and back to the page they were on instead of acting on an expired session.
/// </summary>
public sealed class SessionExpiryAuthenticationStateProvider(ILoggerFactory loggerFactory, TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(IsCurrent(authenticationState.User, time.GetUtcNow()));

    public static bool IsCurrent(ClaimsPrincipal user, DateTimeOffset now) =>
        user.FindFirstValue(ConsoleClaimTypes.SessionExpires) is not { } expires
        || (DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) && now < at);
}
