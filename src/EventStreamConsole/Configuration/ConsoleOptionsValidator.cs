using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

public sealed class ConsoleOptionsValidator : IValidateOptions<ConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Regions.Count; i++)
        {
            if (!AwsSettingRules.IsRegion(options.Regions[i]))
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

            if (!AwsSettingRules.IsAccountId(account.AccountId) || !ids.Add(account.AccountId))
            {
                errors.Add($"{key}:AccountId '{account.AccountId}' must be a 12-digit AWS account id, once per account.");
            }

            for (var r = 0; r < account.Regions.Count; r++)
            {
                if (!AwsSettingRules.IsRegion(account.Regions[r]))
                {
                    errors.Add($"{key}:Regions:{r} '{account.Regions[r]}' is not an AWS region name such as us-east-1.");
                }
            }

            errors.AddRange(AwsSettingRules.CheckRole(key, account.RoleArn, account.ExternalId, account.RoleSessionName));
        }

        if (options.DetailRefreshInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"Console:DetailRefreshInterval must be at least 00:00:01; it is {options.DetailRefreshInterval}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
