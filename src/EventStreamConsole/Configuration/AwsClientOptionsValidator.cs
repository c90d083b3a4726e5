using EventStreamConsole.CustomerProfiles;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

/// <summary>Checks the CustomerProfiles section at start; every message names the key to fix.</summary>
public sealed class AwsClientOptionsValidator : IValidateOptions<AwsClientOptions>
{
    private const string Section = AwsClientOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AwsClientOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Region))
        {
            errors.Add($"{Section}:Region is required: set it to the AWS region of your domains, e.g. us-east-1.");
        }
        else if (!AwsSettingRules.IsRegion(options.Region))
        {
            errors.Add($"{Section}:Region '{options.Region}' is not an AWS region name such as us-east-1 or eu-west-2.");
        }

        CheckUrl(errors, "ServiceUrl", options.ServiceUrl);
        CheckUrl(errors, "KinesisServiceUrl", options.KinesisServiceUrl);
        var hasCustomEndpoint = !string.IsNullOrWhiteSpace(options.ServiceUrl) || !string.IsNullOrWhiteSpace(options.KinesisServiceUrl);
        if (hasCustomEndpoint && options.UseFips)
        {
            errors.Add($"{Section}:UseFips cannot be combined with {Section}:ServiceUrl: FIPS endpoints are chosen from the region. Remove one of them.");
        }

        if (hasCustomEndpoint && options.UseDualStack)
        {
            errors.Add($"{Section}:UseDualStack cannot be combined with {Section}:ServiceUrl. Remove one of them.");
        }

        if (!string.IsNullOrEmpty(options.AccessKeyId) && string.IsNullOrEmpty(options.SecretAccessKey))
        {
            errors.Add($"{Section}:SecretAccessKey is required when {Section}:AccessKeyId is set (or remove both to use the AWS credential chain).");
        }

        if (!string.IsNullOrEmpty(options.AccessKeyId) && !string.IsNullOrEmpty(options.Profile))
        {
            errors.Add($"{Section}:Profile and {Section}:AccessKeyId are alternatives; set only one.");
        }

        errors.AddRange(AwsSettingRules.CheckRole(Section, options.RoleArn, options.ExternalId, options.RoleSessionName ?? ""));

        if (options.AccountId is { Length: > 0 } account && !AwsSettingRules.IsAccountId(account))
        {
            errors.Add($"{Section}:AccountId '{account}' must be a 12-digit AWS account id.");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            errors.Add($"{Section}:MaxAttempts must be between 1 and 10 (AWS standard mode uses 3); it is {options.MaxAttempts}.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{Section}:AttemptTimeout must be a time span between 00:00:01 and 00:05:00; it is {options.AttemptTimeout}.");
        }

        foreach (var (operation, tps) in options.OperationTps)
        {
            if (tps <= 0 || double.IsNaN(tps) || tps > 1000)
            {
                errors.Add($"{Section}:OperationTps:{operation} must be a number of calls per second between 0 and 1000; it is {tps}.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckUrl(List<string> errors, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{Section}:{key} '{value}' must be an absolute http:// or https:// URL, e.g. http://127.0.0.1:4566.");
        }
    }
}
