using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

// The checks of the sweep, health, history and cache sections: one rule each, every message naming its key.

public sealed class SweepOptionsValidator : IValidateOptions<SweepOptions>
{
    public ValidateOptionsResult Validate(string? name, SweepOptions options) =>
        options.Interval < TimeSpan.FromSeconds(5) || options.Interval > TimeSpan.FromDays(1)
            ? ValidateOptionsResult.Fail($"{ConfigurationKeys.SweepInterval} must be between 00:00:05 and 1.00:00:00; it is {options.Interval}.")
            : ValidateOptionsResult.Success;
}

public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options) =>
        options.UnhealthyThreshold < TimeSpan.Zero
            ? ValidateOptionsResult.Fail($"{ConfigurationKeys.HealthUnhealthyThreshold} must not be negative; it is {options.UnhealthyThreshold}.")
            : ValidateOptionsResult.Success;
}

public sealed class HistoryOptionsValidator : IValidateOptions<HistoryOptions>
{
    public ValidateOptionsResult Validate(string? name, HistoryOptions options)
    {
        var failures = new List<string>();
        if (options.Retention < TimeSpan.FromDays(1) || options.Retention > TimeSpan.FromDays(3650))
        {
            failures.Add($"{ConfigurationKeys.HistoryRetention} must be between 1.00:00:00 and 3650.00:00:00; it is {options.Retention}.");
        }

        if (SqlitePathRule.Check(ConfigurationKeys.HistoryDatabasePath, options.DatabasePath) is { } path)
        {
            failures.Add(path);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public sealed class CacheOptionsValidator : IValidateOptions<CacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            var parsed = StackExchange.Redis.ConfigurationOptions.Parse(options.Redis);
            return parsed.EndPoints.Count > 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{ConfigurationKeys.CacheRedis} names no server; give host:port, e.g. redis.internal:6379,ssl=true.");
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"{ConfigurationKeys.CacheRedis} is not a StackExchange.Redis connection string: {ex.Message}");
        }
    }
}
