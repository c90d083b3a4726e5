using EventStreamConsole.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Service;

/// <summary>Who is using this circuit, and the one check every service operation goes through.</summary>
public sealed class UserContext(AuthenticationStateProvider authentication, IAuthorizationService authorization, IOptionsMonitor<AuthOptions> options)
{
    public async Task<ConsoleUser> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return ConsoleUser.From(state.User, options.CurrentValue.RoleNames);
    }

    /// <summary>The user, when their roles allow <paramref name="permission"/>; otherwise <see cref="ConsoleAccessDeniedException"/>.</summary>
    public async Task<ConsoleUser> DemandAsync(ConsolePermission permission)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var user = ConsoleUser.From(state.User, options.CurrentValue.RoleNames);
        var result = await authorization.AuthorizeAsync(state.User, ConsolePolicies.For(permission));
        if (!result.Succeeded)
        {
            throw new ConsoleAccessDeniedException(permission, user,
                user.IsSignedIn ? user.WhyNot(permission) ?? $"{RolePermissions.Describe(permission)} is not allowed." : "You are not signed in (your session may have ended); sign in again.");
        }

        return user;
    }
}

/// <summary>The signed-in user's roles do not allow an operation; the message says which role it needs.</summary>
public sealed class ConsoleAccessDeniedException(ConsolePermission permission, ConsoleUser user, string message) : Exception(message)
{
    public ConsolePermission Permission { get; } = permission;

    public ConsoleUser User { get; } = user;
}
