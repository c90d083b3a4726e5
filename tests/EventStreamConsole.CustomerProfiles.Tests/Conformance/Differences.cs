using System.Text;
using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

public enum DifferenceKind
{
    /// <summary>We differ from the model on purpose; the reason says why.</summary>
    ByDesign,
}

/// <summary>
/// One reviewed difference. <paramref name="Case"/> is a case id where '*' matches any run of characters and
/// '(a|b)' matches either a or b.
/// </summary>
public sealed record Difference(string Judge, string Case, DifferenceKind Kind, string Reason)
{
    public bool Matches(string caseId) => Regex.IsMatch(caseId, GlobToRegex(Case), RegexOptions.CultureInvariant);

    private static string GlobToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        foreach (var c in glob)
        {
            regex.Append(c switch
            {
                '*' => ".*",
                '(' => "(?:",
                ')' => ")",
                '|' => "|",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return regex.Append(@"\z").ToString();
    }
}

/// <summary>A difference a judge observed between our client and AWS's model or SDK.</summary>
public sealed record Observed(string Case, string Detail);

/// <summary>Holds a judge's observations against <see cref="ModelDifferences.All"/>: every one explained, no entry stale.</summary>
public static class Differences
{
    public static void AssertAllExplained(string judge, int cases, IReadOnlyList<Observed> observed)
    {
        var entries = ModelDifferences.All.Where(d => d.Judge == judge).ToList();
        var unexplained = observed.Where(o => !entries.Any(e => e.Matches(o.Case))).ToList();
        var stale = entries.Where(e => !observed.Any(o => e.Matches(o.Case))).ToList();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{judge}: {cases} cases, {observed.Count} differences, {observed.Count - unexplained.Count} of them allow-listed.");
        foreach (var o in observed)
        {
            output?.WriteLine($"  {o.Case}: {o.Detail}");
        }

        if (unexplained.Count == 0 && stale.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"Judge '{judge}' ({Botocore.Description}) over {cases} cases:\n");
        if (unexplained.Count > 0)
        {
            message.Append(unexplained.Count).Append(" difference(s) from AWS not in Conformance/ModelDifferences.cs (fix the client, or add a reviewed line):\n");
            foreach (var o in unexplained)
            {
                message.Append("  ").Append(o.Case).Append(": ").Append(o.Detail).Append('\n');
            }
        }

        if (stale.Count > 0)
        {
            message.Append(stale.Count).Append(" allow-list line(s) no longer match any difference (delete them):\n");
            foreach (var e in stale)
            {
                message.Append("  ").Append(e.Kind).Append(' ').Append(e.Case).Append('\n');
            }
        }

        Assert.Fail(message.ToString());
    }
}
