using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

public sealed class SweepOptionsValidator : IValidateOptions<SweepOptions>
{
    public ValidateOptionsResult Validate(string? name, SweepOptions options) =>
        options.Interval < TimeSpan.FromSeconds(5) || options.Interval > TimeSpan.FromDays(1)
            ? ValidateOptionsResult.Fail($"Sweep:Interval must be between 00:00:05 and 1.00:00:00; it is {options.Interval}.")
            : ValidateOptionsResult.Success;
}

public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options) =>
        options.UnhealthyThreshold < TimeSpan.Zero
            ? ValidateOptionsResult.Fail($"Health:UnhealthyThreshold must not be negative; it is {options.UnhealthyThreshold}.")
            : ValidateOptionsResult.Success;
}
