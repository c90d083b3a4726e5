using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Service;

namespace EventStreamConsole.BulkChanges;

/// <summary>
/// One tag change asked of many streams: keys to set (added where missing, changed where different) and keys to remove.
/// Checked with the same rules as the single-stream editor; the 50-tags limit is checked per stream by <see cref="PlanFor"/>.
/// </summary>
public sealed record BulkTagEdit(IReadOnlyDictionary<string, string> Set, IReadOnlyList<string> Remove)
{
    public bool IsEmpty => Set.Count == 0 && Remove.Count == 0;

    /// <summary>Every problem with the edit itself, each naming the field and the rule; empty when it can be applied.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (IsEmpty)
        {
            errors.Add("Tags to set or remove: name at least one key.");
        }

        if (Set.Count > CustomerProfilesRules.MaxTagsPerResource)
        {
            errors.Add($"Tags to set: at most {CustomerProfilesRules.MaxTagsPerResource} keys, as a stream can hold no more (there are {Set.Count}).");
        }

        foreach (var (key, value) in Set)
        {
            AddIf(errors, CustomerProfilesRules.TagKey(key, "Key to set"));
            AddIf(errors, CustomerProfilesRules.TagValue(key, value, "Value"));
        }

        foreach (var key in Remove)
        {
            AddIf(errors, CustomerProfilesRules.TagKey(key, "Key to remove"));
            if (Set.ContainsKey(key))
            {
                errors.Add($"Key '{key}' is both set and removed; choose one.");
            }
        }

        foreach (var key in Remove.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add($"Key to remove '{key}' is named more than once.");
        }

        return errors;
    }

    /// <summary>What the edit does to a stream with <paramref name="current"/> tags.</summary>
    public StreamTagPlan PlanFor(IReadOnlyDictionary<string, string> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var added = Set.Where(p => !current.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var changed = Set.Where(p => current.TryGetValue(p.Key, out var old) && old != p.Value)
            .ToDictionary(p => p.Key, p => (current[p.Key], p.Value), StringComparer.Ordinal);
        var removed = Remove.Distinct(StringComparer.Ordinal).Where(current.ContainsKey)
            .ToDictionary(k => k, k => current[k], StringComparer.Ordinal);
        var kept = current.Keys.Where(k => !changed.ContainsKey(k) && !removed.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        return new StreamTagPlan(added, changed, removed, kept, current.Count + added.Count - removed.Count);
    }

    /// <summary>"set cost-center=4711, team=retail; remove legacy", for the batch's audit record and the job's title.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Set.Count > 0)
        {
            parts.Add("set " + string.Join(", ", Set.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        }

        if (Remove.Count > 0)
        {
            parts.Add("remove " + string.Join(", ", Remove.Order(StringComparer.Ordinal)));
        }

        return string.Join("; ", parts);
    }

    private static void AddIf(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}

/// <summary>What a bulk edit does to one stream: what is added, changed and removed, what stays, and how many tags remain.</summary>
public sealed record StreamTagPlan(
    IReadOnlyDictionary<string, string> Added,
    IReadOnlyDictionary<string, (string Before, string After)> Changed,
    IReadOnlyDictionary<string, string> Removed,
    IReadOnlyList<string> Kept,
    int TagsAfter)
{
    public bool ChangesNothing => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    /// <summary>Why the stream cannot take the edit (more than 50 tags after it); null when it can.</summary>
    public string? LimitError => TagsAfter > CustomerProfilesRules.MaxTagsPerResource
        ? $"This stream would have {TagsAfter} tags; a stream can have at most {CustomerProfilesRules.MaxTagsPerResource}. Remove {TagsAfter - CustomerProfilesRules.MaxTagsPerResource} or set fewer keys."
        : null;

    /// <summary>The calls to send: only the keys this edit names.</summary>
    public TagChangeSet ToChangeSet() => new(Added, Changed, [.. Removed.Keys.Order(StringComparer.Ordinal)]) { RemovedValues = Removed };

    /// <summary>"added cost-center=4711; changed team: web → retail; removed legacy", for the report.</summary>
    public string Describe()
    {
        if (ChangesNothing)
        {
            return "Nothing to change: the stream already has these values.";
        }

        var parts = new List<string>();
        if (Added.Count > 0)
        {
            parts.Add("added " + string.Join(", ", Added.Select(p => $"{p.Key}={p.Value}")));
        }

        if (Changed.Count > 0)
        {
            parts.Add("changed " + string.Join(", ", Changed.Select(p => $"{p.Key}: {p.Value.Before} → {p.Value.After}")));
        }

        if (Removed.Count > 0)
        {
            parts.Add("removed " + string.Join(", ", Removed.Keys));
        }

        return string.Join("; ", parts);
    }
}
