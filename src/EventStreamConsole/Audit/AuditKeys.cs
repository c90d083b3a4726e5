namespace EventStreamConsole.Audit;

/// <summary>The names values carry in an audit entry's before and after: the API's own ("Uri", "State"), a tag as "Tag:key".</summary>
public static class AuditKeys
{
    public const string TagPrefix = "Tag:";

    public static string Tag(string key) => TagPrefix + key;
}
