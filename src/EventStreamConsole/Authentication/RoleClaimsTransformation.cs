using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Authentication;

/// <summary>
/// Turns the token's app roles (<c>roles</c>, names from Auth:RoleNames) and groups (<c>groups</c>, ids from Auth:GroupRoles)
/// into console roles, once per principal. Configuration changes apply at the next request.
/// </summary>
public sealed class RoleClaimsTransformation(IOptionsMonitor<AuthOptions> options, ILogger<RoleClaimsTransformation> logger) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.Identities.Any(i => i.AuthenticationType == ConsoleClaimTypes.RolesAuthenticationType)
            || principal.HasClaim(c => c.Type == ConsoleClaimTypes.Role))
        {
            return Task.FromResult(principal);
        }

        var settings = options.CurrentValue;
        var roles = new HashSet<ConsoleRole>();
        foreach (var claim in principal.FindAll(c => c.Type is ConsoleClaimTypes.AppRoles or ClaimTypes.Role))
        {
            if (settings.RoleNames.Parse(claim.Value) is { } role && string.Equals(settings.RoleNames.NameOf(role), claim.Value, StringComparison.Ordinal))
            {
                roles.Add(role);
            }
        }

        foreach (var group in principal.FindAll(ConsoleClaimTypes.Groups))
        {
            if (settings.GroupRoles.TryGetValue(group.Value, out var mapped) && settings.RoleNames.Parse(mapped) is { } role)
            {
                roles.Add(role);
            }
        }

        if (settings.GroupRoles.Count > 0 && principal.HasClaim(c => c.Type is "_claim_names" or "hasgroups"))
        {
            // Entra ID leaves groups out of the token when a user is in more than 200 of them ("groups overage").
            logger.LogWarning("The token of {User} carries no group list (groups overage); Auth:GroupRoles cannot apply. Assign app roles instead, or limit the token to groups assigned to the application.",
                principal.Identity.Name);
        }

        var identity = new ClaimsIdentity(ConsoleClaimTypes.RolesAuthenticationType);
        identity.AddClaims(roles.Select(r => new Claim(ConsoleClaimTypes.Role, r.ToString())));
        var transformed = principal.Clone();
        transformed.AddIdentity(identity);
        return Task.FromResult(transformed);
    }
}
