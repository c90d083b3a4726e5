namespace EventStreamConsole.Authentication;

/// <summary>Sign-in and roles (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>EntraId, Local or Unsecured; empty: EntraId when AzureAd:ClientId is set, Local on the embedded emulator on loopback.</summary>
    public string? Mode { get; set; }

    /// <summary>The app-role values in tokens that mean each console role.</summary>
    public RoleNameOptions RoleNames { get; set; } = new();

    /// <summary>Entra group object ids mapped to a console role (its configured name or Viewer/TagEditor/Admin/Auditor).</summary>
    public Dictionary<string, string> GroupRoles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a sign-in lasts; afterwards open pages go through sign-in again and come back where they were.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}

public sealed class RoleNameOptions
{
    public string Viewer { get; set; } = "EventStreams.Viewer";

    public string TagEditor { get; set; } = "EventStreams.TagEditor";

    public string Admin { get; set; } = "EventStreams.Admin";

    public string Auditor { get; set; } = "EventStreams.Auditor";

    public string NameOf(ConsoleRole role) => role switch
    {
        ConsoleRole.Viewer => Viewer,
        ConsoleRole.TagEditor => TagEditor,
        ConsoleRole.Admin => Admin,
        ConsoleRole.Auditor => Auditor,
        _ => role.ToString(),
    };

    /// <summary>A configured role name, or a console role's own name; null when it is neither.</summary>
    public ConsoleRole? Parse(string? value)
    {
        foreach (var role in Enum.GetValues<ConsoleRole>())
        {
            if (string.Equals(value, NameOf(role), StringComparison.Ordinal) || string.Equals(value, role.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }
}
