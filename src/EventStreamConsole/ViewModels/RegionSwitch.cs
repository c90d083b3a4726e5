using Microsoft.AspNetCore.WebUtilities;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// Where switching account or region leads: the same kind of page in the new place, with its search and filters. The
/// list and <c>/health</c> keep their query (the page number restarts); <c>/audit</c> keeps its filters; a domain or
/// stream page (which does not exist in another region) opens the new region's list, with the list's own filters kept.
/// </summary>
public static class RegionSwitch
{
    private static readonly string[] s_place = ["region", "account"];
    private static readonly string[] s_listKeys = ["q", "tag", "health", "state", "sort", "desc", "size"];

    public static string Target(string path, IReadOnlyDictionary<string, string?> values, string region, string? account)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (target, keep) = path.TrimEnd('/') switch
        {
            "/health" => ("/health", (Func<string, bool>)(key => key != "page")),
            "/audit" => ("/audit", key => key != "page"),
            "" => ("/", key => key != "page"),
            _ => ("/", key => s_listKeys.Contains(key, StringComparer.OrdinalIgnoreCase)),
        };
        var query = new List<KeyValuePair<string, string?>> { new("region", region) };
        if (!string.IsNullOrEmpty(account))
        {
            query.Add(new("account", account));
        }

        query.AddRange(values.Where(v => !s_place.Contains(v.Key, StringComparer.OrdinalIgnoreCase) && !string.IsNullOrEmpty(v.Value) && keep(v.Key.ToLowerInvariant())));
        return QueryHelpers.AddQueryString(target, query);
    }
}
