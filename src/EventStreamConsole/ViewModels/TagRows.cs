using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.ViewModels;

/// <summary>One editable tag: a key and a value, each checked as it is typed.</summary>
public sealed class TagRow
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}

/// <summary>A row taken out of the editor, with its former position.</summary>
public sealed record RemovedTagRow(TagRow Row, int Index)
{
    /// <summary>How the row is named in "Removed …": its key, or "an empty row".</summary>
    public string Description => Row.Key.Length > 0 ? $"tag '{Row.Key}'" : "an empty row";
}

/// <summary>Tag rows as a person edits them, with the model's rules and duplicate keys reported per row.</summary>
public sealed class TagRows
{
    public TagRows(IReadOnlyDictionary<string, string>? tags = null)
    {
        foreach (var (key, value) in (tags ?? new Dictionary<string, string>()).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Rows.Add(new TagRow { Key = key, Value = value });
        }
    }

    public List<TagRow> Rows { get; } = [];

    public bool CanAdd => Rows.Count < CustomerProfilesRules.MaxTagsPerResource;

    /// <summary>The row removed last and where it stood, so one click can put it back.</summary>
    public RemovedTagRow? LastRemoved { get; private set; }

    public void Add()
    {
        LastRemoved = null;
        Rows.Add(new TagRow());
    }

    public void Remove(TagRow row)
    {
        var index = Rows.IndexOf(row);
        if (index < 0)
        {
            return;
        }

        Rows.RemoveAt(index);
        LastRemoved = new RemovedTagRow(row, index);
    }

    /// <summary>Puts the last removed row back where it was; false when there is nothing to undo or no room.</summary>
    public bool UndoRemove()
    {
        if (LastRemoved is not { } removed || !CanAdd)
        {
            return false;
        }

        Rows.Insert(Math.Min(removed.Index, Rows.Count), removed.Row);
        LastRemoved = null;
        return true;
    }

    public string? KeyError(TagRow row)
    {
        if (string.IsNullOrEmpty(row.Key))
        {
            return row.Value.Length > 0 ? "Key is required." : null;
        }

        var rule = CustomerProfilesRules.TagKey(row.Key, "Key");
        if (rule is not null)
        {
            return rule;
        }

        return Rows.Count(r => r.Key == row.Key) > 1 ? $"Key '{row.Key}' appears more than once; each key can have one value." : null;
    }

    public string? ValueError(TagRow row) => CustomerProfilesRules.TagValue(row.Key, row.Value, "Value");

    /// <summary>Problems that concern all rows together, such as more than 50 tags.</summary>
    public string? ListError => Complete.Count() > CustomerProfilesRules.MaxTagsPerResource
        ? $"A resource can have at most {CustomerProfilesRules.MaxTagsPerResource} tags; remove {Complete.Count() - CustomerProfilesRules.MaxTagsPerResource}."
        : null;

    public bool IsValid => ListError is null && Rows.All(r => KeyError(r) is null && ValueError(r) is null);

    /// <summary>The tags the rows describe; blank rows are ignored.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() =>
        Complete.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    private IEnumerable<TagRow> Complete => Rows.Where(r => r.Key.Length > 0);
}
