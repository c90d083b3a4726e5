namespace EventStreamConsole.Authentication;

/// <summary>The rules for the <c>Auth</c> section, each failure naming its key.</summary>
public static class AuthOptionsRules
{
    public static IEnumerable<string> Check(AuthOptions options)
    {
        var names = new Dictionary<string, ConsoleRole>(StringComparer.Ordinal);
        foreach (var role in Enum.GetValues<ConsoleRole>())
        {
            var name = options.RoleNames.NameOf(role);
            if (string.IsNullOrWhiteSpace(name))
            {
                yield return $"Auth:RoleNames:{role} must not be empty.";
            }
            else if (!names.TryAdd(name, role))
            {
                yield return $"Auth:RoleNames:{role} '{name}' is also the name of {names[name]}; each role needs its own name.";
            }
        }

        foreach (var (group, role) in options.GroupRoles)
        {
            if (!Guid.TryParse(group, out _))
            {
                yield return $"Auth:GroupRoles:{group} is not a group object id (a GUID such as 5f1c6e0a-…); Entra ID sends groups by id.";
            }

            if (options.RoleNames.Parse(role) is null)
            {
                yield return $"Auth:GroupRoles:{group} '{role}' is not a console role; use one of {string.Join(", ", Enum.GetValues<ConsoleRole>().Select(options.RoleNames.NameOf))}.";
            }
        }

        if (options.SessionLifetime < TimeSpan.FromMinutes(5) || options.SessionLifetime > TimeSpan.FromDays(7))
        {
            yield return $"Auth:SessionLifetime must be between 00:05:00 and 7.00:00:00; it is {options.SessionLifetime}.";
        }
    }
}
