using System.Security.Claims;

namespace EventStreamConsole.Authentication;

/// <summary>Who is signed in, with the console roles they hold, and what each permission needs if they lack it.</summary>
public sealed record ConsoleUser(string Name, string ObjectId, IReadOnlySet<ConsoleRole> Roles, RoleNameOptions RoleNames)
{
    public bool IsSignedIn => Name.Length > 0;

    public IEnumerable<string> RoleDisplayNames => Roles.Order().Select(RoleNames.NameOf);

    public bool Can(ConsolePermission permission) => RolePermissions.Allows(Roles, permission);

    /// <summary>Why <paramref name="permission"/> is refused, in one sentence; null when it is allowed.</summary>
    public string? WhyNot(ConsolePermission permission)
    {
        if (Can(permission))
        {
            return null;
        }

        var needs = string.Join(" or ", RolePermissions.RolesGranting(permission).Select(RoleNames.NameOf));
        var has = Roles.Count == 0 ? "no console role" : string.Join(", ", RoleDisplayNames);
        return $"{RolePermissions.Describe(permission)} needs the {needs} role; you have {has}.";
    }

    public static ConsoleUser From(ClaimsPrincipal principal, RoleNameOptions roleNames)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return new ConsoleUser("", "", new HashSet<ConsoleRole>(), roleNames);
        }

        var objectId = principal.FindFirstValue(ConsoleClaimTypes.ObjectId) ?? principal.FindFirstValue(ConsoleClaimTypes.ObjectIdUri) ?? "";
        var name = principal.FindFirstValue("name") ?? principal.Identity.Name ?? principal.FindFirstValue("preferred_username") ?? objectId;
        var roles = principal.FindAll(ConsoleClaimTypes.Role)
            .Select(c => Enum.TryParse<ConsoleRole>(c.Value, out var role) ? role : (ConsoleRole?)null)
            .OfType<ConsoleRole>()
            .ToHashSet();
        return new ConsoleUser(name, objectId, roles, roleNames);
    }
}

/// <summary>What the UI asks of a user that may still be loading (null): nothing is allowed until it is known.</summary>
public static class ConsoleUserExtensions
{
    public static bool Allows(this ConsoleUser? user, ConsolePermission permission) => user?.Can(permission) == true;

    public static string? Refusal(this ConsoleUser? user, ConsolePermission permission) => user is null ? "Checking your roles…" : user.WhyNot(permission);
}
