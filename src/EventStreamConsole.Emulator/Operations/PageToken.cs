using System.Text;
using EventStreamConsole.Emulator.Protocol;

namespace EventStreamConsole.Emulator.Operations;

/// <summary>Opaque continuation tokens: the last key returned, so pages stay stable while items are added.</summary>
public static class PageToken
{
    private const string Prefix = "esc1:";

    public static string Encode(string lastKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + lastKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string? Decode(string? token, Func<string, EmulatorException> error, string field = "NextToken")
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return text[Prefix.Length..];
            }
        }
        catch (FormatException)
        {
            // Reported below like any other token this emulator did not issue.
        }

        throw error($"{field} '{(token.Length > 40 ? token[..40] + "..." : token)}' is not a token this service issued.");
    }

    /// <summary>Takes one page of <paramref name="ordered"/> after the token's key.</summary>
    public static (List<T> Page, string? NextToken) Take<T>(IEnumerable<T> ordered, Func<T, string> key, string? afterKey, int pageSize)
    {
        var remaining = afterKey is null ? ordered : ordered.Where(item => string.CompareOrdinal(key(item), afterKey) > 0);
        var page = remaining.Take(pageSize + 1).ToList();
        if (page.Count <= pageSize)
        {
            return (page, null);
        }

        page.RemoveAt(pageSize);
        return (page, Encode(key(page[^1])));
    }
}
