namespace EventStreamConsole.Audit;

/// <summary>One value an audited action touched, in words: "Destination: arn:… (removed)", "Tag owner: ann → bob".</summary>
public sealed record AuditChangeLine(string Label, string? Key, string Text)
{
    public override string ToString() => Key is null ? $"{Label}: {Text}" : $"{Label} {Key}: {Text}";
}

/// <summary>
/// The audit trail in words for the people who read it (tag editors, auditors): actions and changes as sentences, while
/// the store, the logs and the CSV's action column keep the API's names (TagResource, Uri, Tag:owner).
/// </summary>
public static class AuditWords
{
    /// <summary>How many changes a row shows before "… and 40 more".</summary>
    public const int ShownChanges = 5;

    private const string TagPrefix = AuditKeys.TagPrefix;

    /// <summary>The action as the filter offers it.</summary>
    public static string ActionName(string action) => action switch
    {
        AuditActions.CreateEventStream => "Stream created",
        AuditActions.DeleteEventStream => "Stream deleted",
        AuditActions.AcknowledgeOutage => "Outage acknowledged",
        AuditActions.TagResource => "Tags added or changed",
        AuditActions.UntagResource => "Tags removed",
        AuditActions.BulkEditTags => "Tags edited on many streams",
        AuditActions.ChangeDestination => "Destination changed",
        AuditActions.BulkChangeDestination => "Destination changed on many streams",
        _ => action,
    };

    /// <summary>The action of one entry: a TagResource says whether its keys were new, changed or both.</summary>
    public static string ActionOf(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Action != AuditActions.TagResource)
        {
            return ActionName(record.Action);
        }

        var keys = record.After.Keys.Where(k => k.StartsWith(TagPrefix, StringComparison.Ordinal)).ToList();
        // A refused attempt records no values before, so it cannot tell new keys from changed ones.
        if (keys.Count == 0 || !keys.All(record.Before.ContainsKey))
        {
            return ActionName(record.Action);
        }

        var changed = keys.Count(k => record.Before[k] is not null);
        return changed == 0 ? "Tags added" : changed == keys.Count ? "Tags changed" : "Tags added and changed";
    }

    /// <summary>Every value the action touched: the destination and state first, then the tags by key.</summary>
    public static IReadOnlyList<AuditChangeLine> Changes(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.Before.Keys.Union(record.After.Keys)
            .OrderBy(k => k == "Uri" ? 0 : k.StartsWith(TagPrefix, StringComparison.Ordinal) ? 2 : 1)
            .ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => Line(record, k))];
    }

    /// <summary>The changes on one line each, for the CSV.</summary>
    public static string ChangesText(AuditRecord record) => string.Join("; ", Changes(record));

    private static AuditChangeLine Line(AuditRecord record, string key)
    {
        var before = record.Before.GetValueOrDefault(key);
        var after = record.After.GetValueOrDefault(key);
        var text = (before, after) switch
        {
            (not null, not null) when before == after => Value(after),
            (not null, not null) => $"{Value(before)} → {Value(after)}",
            (null, not null) when record.Action == AuditActions.TagResource && record.Before.ContainsKey(key) => $"{Value(after)} (new)",
            (null, not null) => Value(after),
            // The state a deleted stream was in is context, not something that was removed.
            (not null, null) when key == "State" => Value(before),
            (not null, null) => $"{Value(before)} (removed)",
            _ => "(removed)",
        };

        return key.StartsWith(TagPrefix, StringComparison.Ordinal)
            ? new AuditChangeLine("Tag", key[TagPrefix.Length..], text)
            : new AuditChangeLine(Label(key), null, text);
    }

    private static string Label(string key) => key switch
    {
        "Uri" => "Destination",
        "Streams" => "Streams",
        _ => key,
    };

    private static string Value(string value) => value.Length == 0 ? "(empty)" : value;
}
