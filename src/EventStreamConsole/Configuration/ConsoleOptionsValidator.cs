using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

public sealed partial class ConsoleOptionsValidator : IValidateOptions<ConsoleOptions>
{
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]{1,512}$")]
    private static partial Regex RoleArnPattern();

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

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            var key = $"Console:Accounts:{i}";
            if (string.IsNullOrWhiteSpace(account.Name) || !names.Add(account.Name))
            {
                errors.Add($"{key}:Name is required and must differ from the other accounts' ('{account.Name}').");
            }

            if (!(account.AccountId.Length == 12 && account.AccountId.All(char.IsAsciiDigit)) || !ids.Add(account.AccountId))
            {
                errors.Add($"{key}:AccountId '{account.AccountId}' must be a 12-digit AWS account id, once per account.");
            }

            for (var r = 0; r < account.Regions.Count; r++)
            {
                if (!RegionPattern().IsMatch(account.Regions[r] ?? ""))
                {
                    errors.Add($"{key}:Regions:{r} '{account.Regions[r]}' is not an AWS region name such as us-east-1.");
                }
            }

            if (!string.IsNullOrEmpty(account.RoleArn) && !RoleArnPattern().IsMatch(account.RoleArn))
            {
                errors.Add($"{key}:RoleArn '{account.RoleArn}' is not an IAM role ARN such as arn:aws:iam::123456789012:role/EventStreamConsole.");
            }

            if (!string.IsNullOrEmpty(account.ExternalId) && string.IsNullOrEmpty(account.RoleArn))
            {
                errors.Add($"{key}:ExternalId is used only when assuming a role; set {key}:RoleArn too, or remove it.");
            }
        }

        if (options.DetailRefreshInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"Console:DetailRefreshInterval must be at least 00:00:01; it is {options.DetailRefreshInterval}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
