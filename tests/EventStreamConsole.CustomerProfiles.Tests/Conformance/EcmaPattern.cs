using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// A model's pattern as Smithy defines it: an ECMA-262 regular expression, not implicitly anchored, tested against
/// the whole value (a match anywhere satisfies it). .NET's engine differs from ECMA-262 in a few escapes, so they are
/// rewritten before matching: <c>$</c> matches only at the very end (.NET also matches before a final newline),
/// <c>\d</c> and <c>\w</c> are ASCII only, <c>\s</c> is ECMA's white space list, <c>.</c> excludes every ECMA line
/// terminator. Anything else the models use means the same in both.
/// </summary>
public static class EcmaPattern
{
    private const string EcmaSpace = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    private static readonly ConcurrentDictionary<string, Regex> s_cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string pattern, string value) =>
        s_cache.GetOrAdd(pattern, p => new Regex(ToDotNet(p), RegexOptions.CultureInvariant)).IsMatch(value);

    public static string ToDotNet(string pattern)
    {
        var result = new StringBuilder();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                result.Append((next, inClass) switch
                {
                    ('d', false) => "[0-9]",
                    ('d', true) => "0-9",
                    ('D', false) => "[^0-9]",
                    ('w', false) => "[a-zA-Z0-9_]",
                    ('w', true) => "a-zA-Z0-9_",
                    ('W', false) => "[^a-zA-Z0-9_]",
                    ('s', false) => "[" + EcmaSpace + "]",
                    ('s', true) => EcmaSpace,
                    ('S', false) => "[^" + EcmaSpace + "]",
                    ('D' or 'W' or 'S', true) => throw new NotSupportedException($"'\\{next}' inside a character class of '{pattern}' has no translation."),
                    _ => "\\" + next,
                });
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                result.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    result.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        result.Append(pattern[++i]);
                    }

                    // A ']' right after '[' or '[^' is a literal in .NET but an empty class in ECMA; the models have none.
                    break;
                case '$':
                    result.Append(@"\z");
                    break;
                case '.':
                    result.Append(@"[^\n\r\u2028\u2029]");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
