namespace EventStreamConsole.Service;

/// <summary>
/// The difference between the tags a resource had when the editor opened and the rows the user left: only these keys
/// are sent (TagResource for added and changed, UntagResource for removed), so someone else editing other keys at the
/// same time loses nothing.
/// </summary>
public sealed record TagChangeSet(
    IReadOnlyDictionary<string, string> Added,
    IReadOnlyDictionary<string, (string Before, string After)> Changed,
    IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    public int Count => Added.Count + Changed.Count + Removed.Count;

    /// <summary>The values the removed keys had, for the audit trail.</summary>
    public IReadOnlyDictionary<string, string> RemovedValues { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public static TagChangeSet Between(IReadOnlyDictionary<string, string> before, IEnumerable<KeyValuePair<string, string>> after)
    {
        var final = after.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var added = final.Where(p => !before.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var changed = final.Where(p => before.TryGetValue(p.Key, out var old) && old != p.Value)
            .ToDictionary(p => p.Key, p => (before[p.Key], p.Value), StringComparer.Ordinal);
        var removed = before.Keys.Where(k => !final.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        return new TagChangeSet(added, changed, removed) { RemovedValues = removed.ToDictionary(k => k, k => before[k], StringComparer.Ordinal) };
    }
}

public enum TagChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>What happened to one key: <see cref="Error"/> in full, <see cref="Reason"/> without the request id kept beside it.</summary>
public sealed record TagKeyResult(string Key, TagChangeKind Kind, bool Succeeded, string? Error)
{
    public string? RequestId { get; init; }

    public string? Reason { get; init; }
}

public sealed record TagChangeResult(IReadOnlyList<TagKeyResult> Keys)
{
    public bool AllSucceeded => Keys.All(k => k.Succeeded);
}
