using System.Globalization;
using EventStreamConsole.Inventory;
using Microsoft.AspNetCore.WebUtilities;

namespace EventStreamConsole.ViewModels;

/// <summary>The list's view as URL query parameters, so a link reproduces it: ?region=&amp;q=&amp;tag=&amp;health=&amp;state=&amp;sort=&amp;desc=&amp;page=&amp;size=.</summary>
public static class ListUrlState
{
    public static InventoryQuery Parse(IReadOnlyDictionary<string, string?> query)
    {
        var defaults = new InventoryQuery();
        return new InventoryQuery(
            Search: Value(query, "q"),
            Health: ParseEnum(Value(query, "health"), defaults.Health),
            State: ParseEnum(Value(query, "state"), defaults.State),
            Sort: ParseEnum(Value(query, "sort"), defaults.Sort),
            Descending: Value(query, "desc") is "1" or "true",
            Page: int.TryParse(Value(query, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page - 1 : 0,
            PageSize: int.TryParse(Value(query, "size"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && InventoryQuery.PageSizes.Contains(size) ? size : defaults.PageSize,
            Tag: Value(query, "tag"));
    }

    /// <summary>
    /// What is wrong with the list's filters as written, each naming the parameter and the rule (the page falls back to
    /// defaults and says why; an export refuses them): an unknown health, state or sort, or a malformed tag filter.
    /// </summary>
    public static IReadOnlyList<string> Errors(IReadOnlyDictionary<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<string>();
        Known<HealthFilter>(query, "health", errors);
        Known<StateFilter>(query, "state", errors);
        Known<SortColumn>(query, "sort", errors);
        if (Value(query, "desc") is { Length: > 0 } desc && desc is not ("0" or "1" or "true" or "false"))
        {
            errors.Add($"'desc' must be 1 or 0 (it is '{desc}').");
        }

        if (!string.IsNullOrWhiteSpace(Value(query, "tag")) && TagFilter.Parse(Value(query, "tag"), out var tagError) is null)
        {
            errors.Add($"'tag': {tagError}");
        }

        return errors;
    }

    /// <summary>The query string for a view; defaults are left out so links stay short.</summary>
    public static string ToQueryString(string region, string defaultRegion, InventoryQuery query, string? account = null)
    {
        var defaults = new InventoryQuery();
        var values = new Dictionary<string, string?>();
        Add(values, "account", account, null);
        Add(values, "region", region, defaultRegion);
        Add(values, "q", string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(), null);
        Add(values, "tag", string.IsNullOrWhiteSpace(query.Tag) ? null : query.Tag.Trim(), null);
        Add(values, "health", Lower(query.Health), Lower(defaults.Health));
        Add(values, "state", Lower(query.State), Lower(defaults.State));
        Add(values, "sort", Lower(query.Sort), Lower(defaults.Sort));
        Add(values, "desc", query.Descending ? "1" : null, null);
        Add(values, "page", query.Page > 0 ? (query.Page + 1).ToString(CultureInfo.InvariantCulture) : null, null);
        Add(values, "size", query.PageSize.ToString(CultureInfo.InvariantCulture), defaults.PageSize.ToString(CultureInfo.InvariantCulture));
        return values.Count == 0 ? "" : QueryHelpers.AddQueryString("", values);
    }

    public static IReadOnlyDictionary<string, string?> FromUri(string uri)
    {
        var queryStart = uri.IndexOf('?', StringComparison.Ordinal);
        var parsed = QueryHelpers.ParseQuery(queryStart < 0 ? "" : uri[queryStart..]);
        return parsed.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary><paramref name="region"/> when it is one of <paramref name="regions"/>; otherwise the first of them.</summary>
    public static string RegionOrDefault(string? region, IReadOnlyList<string> regions) =>
        region is not null && regions.Contains(region, StringComparer.Ordinal) ? region : regions[0];

    private static string? Value(IReadOnlyDictionary<string, string?> query, string key) => query.TryGetValue(key, out var value) ? value : null;

    private static T ParseEnum<T>(string? value, T fallback) where T : struct, Enum => ExactEnum<T>(value) ?? fallback;

    /// <summary>The member named exactly <paramref name="value"/> (any case); null otherwise — never a number or a comma list, which Enum.TryParse would combine.</summary>
    public static T? ExactEnum<T>(string? value) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<T>(name) : null;

    private static void Known<T>(IReadOnlyDictionary<string, string?> query, string key, List<string> errors) where T : struct, Enum
    {
        if (Value(query, key) is { Length: > 0 } value && ExactEnum<T>(value) is null)
        {
            errors.Add($"'{key}' must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))} (it is '{value}').");
        }
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static void Add(Dictionary<string, string?> values, string key, string? value, string? defaultValue)
    {
        if (value is not null && value != defaultValue)
        {
            values[key] = value;
        }
    }
}
