namespace EventStreamConsole.Authentication;

/// <summary>Claims the console adds to a signed-in principal.</summary>
public static class ConsoleClaimTypes
{
    /// <summary>A <see cref="ConsoleRole"/> the user holds, after app-role names and group ids are mapped.</summary>
    public const string Role = "event_stream_console/role";

    /// <summary>When the sign-in session ends (ISO 8601, UTC); open pages send the user to sign in again then.</summary>
    public const string SessionExpires = "event_stream_console/session_expires";

    /// <summary>Entra ID's object id claim, under both of its names.</summary>
    public const string ObjectId = "oid";

    public const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public const string AppRoles = "roles";

    public const string Groups = "groups";

    /// <summary>The identity holding <see cref="Role"/> claims, so the mapping is added once.</summary>
    public const string RolesAuthenticationType = "EventStreamConsole.Roles";
}
