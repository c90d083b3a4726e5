using EventStreamConsole.BulkChanges;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// The bulk tag dialog without Blazor: the keys to set (rows, checked as typed), the keys to remove, the edit they make,
/// and its preview per stream against the tags the list last read.
/// </summary>
public sealed class BulkTagForm
{
    public TagRows Set { get; } = new();

    public List<string> Remove { get; } = [];

    /// <summary>The key being typed into "Key to remove".</summary>
    public string RemoveDraft { get; set; } = "";

    public string? RemoveDraftError =>
        RemoveDraft.Trim().Length == 0 ? null
        : CustomerProfilesRules.TagKey(RemoveDraft.Trim(), "Key to remove")
          ?? (Remove.Contains(RemoveDraft.Trim(), StringComparer.Ordinal) ? $"Key to remove '{RemoveDraft.Trim()}' is already listed." : null);

    /// <summary>Adds the draft to the keys to remove; false (and the draft kept) when it breaks a rule or is empty.</summary>
    public bool AddRemoveDraft()
    {
        var key = RemoveDraft.Trim();
        if (key.Length == 0 || RemoveDraftError is not null)
        {
            return false;
        }

        Remove.Add(key);
        RemoveDraft = "";
        return true;
    }

    public BulkTagEdit Edit => new(Set.ToDictionary(), [.. Remove]);

    /// <summary>Problems of the whole edit (empty, a key both set and removed); the rows' own rules show on the rows.</summary>
    public IReadOnlyList<string> EditErrors => Edit.IsEmpty ? [] : Edit.Errors();

    public bool IsValid => Set.IsValid && !Edit.IsEmpty && EditErrors.Count == 0;

    /// <summary>What the edit does to each chosen stream, by the tags the list last read (each stream is read again when applied).</summary>
    public IReadOnlyList<BulkTagPreviewRow> Preview(IReadOnlyList<BulkTarget> targets, InventorySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(snapshot);
        var edit = Edit;
        var tagsOf = snapshot.Entries.Where(e => e.Stream?.EventStreamArn is not null)
            .ToDictionary(e => e.Stream!.EventStreamArn!, e => e.StreamTags, StringComparer.Ordinal);
        return [.. targets.Select(t => new BulkTagPreviewRow(t, edit.PlanFor(tagsOf.GetValueOrDefault(t.Arn) ?? new Dictionary<string, string>())))];
    }
}

/// <summary>One stream in the preview.</summary>
public sealed record BulkTagPreviewRow(BulkTarget Target, StreamTagPlan Plan);
