using EventStreamConsole.Configuration;
using EventStreamConsole.Storage;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Audit;

public static class AuditServices
{
    /// <summary>The audit trail: where it is kept, and the scoped log that records each change with the user's identity.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AuditOptions, AuditOptionsValidator>(configuration, AuditOptions.SectionName);
        services.AddSingleton(sp => new AuditStore(SqliteFile.UnderContentRoot(sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<IOptions<AuditOptions>>().Value.DatabasePath)));
        services.AddSingleton<AuditLog>();
        return services;
    }
}
