namespace EventStreamConsole.Authentication;

/// <summary>The console's roles; their names in tokens are configurable (<c>Auth:RoleNames</c>).</summary>
public enum ConsoleRole
{
    Viewer,
    TagEditor,
    Admin,
    Auditor,
}
