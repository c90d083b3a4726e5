using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

public sealed partial class ConsoleOptionsValidator : IValidateOptions<ConsoleOptions>
{
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$")]
    private static partial Regex RegionPattern();

    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Regions.Count; i++)
        {
            if (!RegionPattern().IsMatch(options.Regions[i] ?? ""))
            {
                errors.Add($"Console:Regions:{i} '{options.Regions[i]}' is not an AWS region name such as us-east-1.");
            }
        }

        if (options.DetailRefreshInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"Console:DetailRefreshInterval must be at least 00:00:01; it is {options.DetailRefreshInterval}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
