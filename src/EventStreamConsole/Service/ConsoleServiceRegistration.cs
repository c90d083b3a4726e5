using EventStreamConsole.Service.Changes;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventStreamConsole.Service;

public static class ConsoleServiceRegistration
{
    /// <summary>What pages talk to: the scoped service (authorization, audit, lost answers) and each circuit's user, place, clock and theme.</summary>
    public static IServiceCollection AddConsoleService(this IServiceCollection services)
    {
        services.AddScoped<IEventStreamService, EventStreamService>();
        services.TryAddSingleton(sp => new OutcomeCheck(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<DestinationFactsCache>();
        services.TryAddSingleton<DestinationReader>();
        services.TryAddSingleton<DestinationMover>();
        services.TryAddSingleton<TagWriter>();
        services.TryAddSingleton<BulkChanges.BulkJobs>();
        services.TryAddSingleton<BulkChanges.BulkTagWork>();
        services.AddScoped<LostAnswerSettlement>();
        services.AddScoped<UserContext>();
        services.AddScoped<CurrentPlace>();
        services.AddScoped<TimeDisplay>();
        services.AddScoped<ListColumns>();
        services.AddScoped<LiveUpdates>();
        services.AddScoped<UiClock>();
        services.AddScoped<ThemeState>();
        return services;
    }
}
