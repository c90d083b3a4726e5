using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// The count a field shows as its text nears the model's limit (from 80 %), counted in code points as AWS counts
/// them. Text is never cut: a longer value is kept and refused by the field's rule.
/// </summary>
public static class LengthHint
{
    public static string? Near(string? value, int max)
    {
        var length = value is null ? 0 : CodePoints.Count(value);
        return length * 5 >= max * 4 ? $"{length}/{max}" : null;
    }

    /// <summary>The helper text: the count, when near the limit, before the rule.</summary>
    public static string With(string? value, int max, string rule) =>
        Near(value, max) is { } count ? $"{count} · {rule}" : rule;
}
