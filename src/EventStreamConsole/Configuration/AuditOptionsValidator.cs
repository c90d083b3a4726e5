using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

public sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options) =>
        SqlitePathRule.Check(ConfigurationKeys.AuditDatabasePath, options.DatabasePath) is { } failure
            ? ValidateOptionsResult.Fail(failure)
            : ValidateOptionsResult.Success;
}
