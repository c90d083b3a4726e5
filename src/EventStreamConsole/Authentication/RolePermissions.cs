namespace EventStreamConsole.Authentication;

/// <summary>
/// The role matrix, used by the authorization policies (enforced in the service and on endpoints) and by the UI (which
/// disables what a role cannot do and says why).
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<ConsoleRole, ConsolePermission[]> s_matrix = new()
    {
        [ConsoleRole.Viewer] = [ConsolePermission.View],
        [ConsoleRole.TagEditor] = [ConsolePermission.View, ConsolePermission.EditTags, ConsolePermission.AcknowledgeOutage],
        [ConsoleRole.Auditor] = [ConsolePermission.View, ConsolePermission.ViewAudit],
        [ConsoleRole.Admin] = Enum.GetValues<ConsolePermission>(),
    };

    public static bool Allows(ConsoleRole role, ConsolePermission permission) => s_matrix[role].Contains(permission);

    public static bool Allows(IEnumerable<ConsoleRole> roles, ConsolePermission permission) => roles.Any(r => Allows(r, permission));

    /// <summary>The roles that grant <paramref name="permission"/>, least powerful first.</summary>
    public static IReadOnlyList<ConsoleRole> RolesGranting(ConsolePermission permission) =>
        [.. s_matrix.Where(p => p.Value.Contains(permission)).Select(p => p.Key).OrderBy(r => s_matrix[r].Length)];

    /// <summary>What the permission lets a person do, for messages ("Deleting event streams needs …").</summary>
    public static string Describe(ConsolePermission permission) => permission switch
    {
        ConsolePermission.View => "Viewing event streams",
        ConsolePermission.EditTags => "Editing tags",
        ConsolePermission.CreateStream => "Creating event streams",
        ConsolePermission.DeleteStream => "Deleting event streams",
        ConsolePermission.ViewAudit => "Reading the audit trail",
        ConsolePermission.AcknowledgeOutage => "Acknowledging outages",
        ConsolePermission.ChangeDestination => "Changing a stream's destination",
        _ => permission.ToString(),
    };
}
