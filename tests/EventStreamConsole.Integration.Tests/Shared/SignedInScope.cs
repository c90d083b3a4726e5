using System.Security.Claims;
using EventStreamConsole.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Shared;

/// <summary>
/// A DI scope of the real app that behaves like a circuit of a signed-in user: a principal shaped like Entra ID's
/// (name, oid, app roles), passed through the app's own claims transformation, set as the circuit's authentication state.
/// </summary>
public static class SignedInScope
{
    public static async Task<AsyncServiceScope> CreateAsync(IServiceProvider services, string name, params string[] appRoles)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim("name", name),
                new Claim(ConsoleClaimTypes.ObjectId, "oid-" + name.Replace(' ', '-')),
                .. appRoles.Select(r => new Claim(ConsoleClaimTypes.AppRoles, r)),
            ],
            "TestSignIn", "name", ConsoleClaimTypes.AppRoles);
        var principal = await services.GetRequiredService<IClaimsTransformation>().TransformAsync(new ClaimsPrincipal(identity));
        var scope = services.CreateAsyncScope();
        var state = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }
}
