using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.Inventory;

/// <summary>
/// A tag filter as the user writes it: <c>team=retail</c> (that key with that value), <c>team=</c> or <c>team</c> (the key,
/// any value) and <c>=retail</c> (that value under any key). Keys and values compare ignoring case; the first '=' splits.
/// </summary>
public sealed record TagFilter(string? Key, string? Value)
{
    /// <summary>The filter <paramref name="text"/> names, or null with <paramref name="error"/> saying why it is not one.</summary>
    public static TagFilter? Parse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var split = trimmed.IndexOf('=', StringComparison.Ordinal);
        var key = (split < 0 ? trimmed : trimmed[..split]).Trim();
        var value = split < 0 ? "" : trimmed[(split + 1)..].Trim();
        if (key.Length == 0 && value.Length == 0)
        {
            error = "A tag filter needs a key or a value: team=retail, team= (any value) or =retail (any key).";
            return null;
        }

        if (CodePoints.Count(key) is var keyLength && keyLength > CustomerProfilesRules.MaxTagKeyLength)
        {
            error = $"Tag keys are at most {CustomerProfilesRules.MaxTagKeyLength} characters; this one has {keyLength}.";
            return null;
        }

        if (CodePoints.Count(value) is var valueLength && valueLength > CustomerProfilesRules.MaxTagValueLength)
        {
            error = $"Tag values are at most {CustomerProfilesRules.MaxTagValueLength} characters; this one has {valueLength}.";
            return null;
        }

        return new TagFilter(key.Length == 0 ? null : key, value.Length == 0 ? null : value);
    }

    /// <summary>Why <paramref name="text"/> is not a tag filter; null when it is one or is empty.</summary>
    public static string? ErrorOf(string? text)
    {
        Parse(text, out var error);
        return error;
    }

    public bool Matches(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags.Any(t =>
            (Key is null || string.Equals(t.Key, Key, StringComparison.OrdinalIgnoreCase))
            && (Value is null || string.Equals(t.Value, Value, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>What the filter keeps, in words: "tag team=retail", "tag team (any value)", "any tag with value retail".</summary>
    public override string ToString() =>
        Key is null ? $"any tag with value {Value}" : Value is null ? $"tag {Key} (any value)" : $"tag {Key}={Value}";
}
