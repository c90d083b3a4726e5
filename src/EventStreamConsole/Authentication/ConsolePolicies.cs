using Microsoft.AspNetCore.Authorization;

namespace EventStreamConsole.Authentication;

/// <summary>One authorization policy per permission, built from <see cref="RolePermissions"/>.</summary>
public static class ConsolePolicies
{
    public const string View = "EventStreams.View";

    public const string ViewAudit = "EventStreams.ViewAudit";

    public static string For(ConsolePermission permission) => "EventStreams." + permission;

    public static IServiceCollection AddConsoleAuthorization(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var permission in Enum.GetValues<ConsolePermission>())
        {
            builder.AddPolicy(For(permission), policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ConsoleClaimTypes.Role, RolePermissions.RolesGranting(permission).Select(r => r.ToString())));
        }

        return services;
    }
}
