using EventStreamConsole.Configuration;
using EventStreamConsole.Storage;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Health;

public static class HealthServices
{
    /// <summary>Destination health: its threshold, metrics, the transition history and the alerts sent on a change.</summary>
    public static IServiceCollection AddHealthAndAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HealthOptions, HealthOptionsValidator>(configuration, HealthOptions.SectionName);
        services.AddSingleton<ConsoleMetrics>();
        services.AddValidatedOptions<HistoryOptions, HistoryOptionsValidator>(configuration, HistoryOptions.SectionName);
        services.AddSingleton(sp => new HealthHistoryStore(SqliteFile.UnderContentRoot(sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<IOptions<HistoryOptions>>().Value.DatabasePath)));
        services.AddValidatedOptions<AlertOptions, AlertOptionsValidator>(configuration, AlertOptions.SectionName);
        // Webhook URLs can carry their secret (Slack, Teams): no HttpClient logging for them.
        services.AddHttpClient(WebhookDispatcher.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddHostedService<TransitionRecorder>();
        return services;
    }
}
