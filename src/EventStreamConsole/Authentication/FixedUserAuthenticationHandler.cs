using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Authentication;

public sealed class FixedUserOptions : AuthenticationSchemeOptions
{
    public AuthMode Mode { get; set; } = AuthMode.Local;
}

/// <summary>
/// Local and Unsecured modes: every request is the same administrator, so pages, policies and the audit trail work as
/// they do with Entra ID. Local is allowed only on the embedded emulator on a loopback address (checked at start).
/// </summary>
public sealed class FixedUserAuthenticationHandler(IOptionsMonitor<FixedUserOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<FixedUserOptions>(options, logger, encoder)
{
    public const string SchemeName = "EventStreamConsole.FixedUser";

    public const string LocalAdministratorName = "Local administrator";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (name, objectId) = Options.Mode == AuthMode.Local
            ? (LocalAdministratorName, "local-administrator")
            : ($"Unsecured user from {Context.Connection.RemoteIpAddress?.ToString() ?? "an unknown address"}", "unsecured");
        var identity = new ClaimsIdentity(
            [
                new Claim("name", name),
                new Claim(ConsoleClaimTypes.ObjectId, objectId),
                new Claim(ConsoleClaimTypes.Role, nameof(ConsoleRole.Admin)),
            ],
            SchemeName, "name", ConsoleClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
