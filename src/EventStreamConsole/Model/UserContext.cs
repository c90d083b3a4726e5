using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventStreamConsole.Model;

/// <summary>Who is using this circuit, for the audit trail.</summary>
public sealed class UserContext(AuthenticationStateProvider authentication)
{
    public async Task<(string Name, string ObjectId)> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var user = state.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return ("anonymous", "");
        }

        var objectId = user.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier") ?? user.FindFirstValue("oid") ?? "";
        return (user.Identity.Name ?? objectId, objectId);
    }
}
