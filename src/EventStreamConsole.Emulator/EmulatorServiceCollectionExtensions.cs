using EventStreamConsole.Emulator.Admin;
using EventStreamConsole.Emulator.Endpoints;
using EventStreamConsole.Emulator.Operations;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Emulator.Seeding;
using EventStreamConsole.Emulator.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator;

/// <summary>Hosts the emulator inside any ASP.NET Core app: add the services, then map the routes.</summary>
public static class EmulatorServiceCollectionExtensions
{
    public static IServiceCollection AddCustomerProfilesEmulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmulatorOptions>()
            .Bind(configuration.GetSection(EmulatorOptions.SectionName))
            .Validate(o => o.HealthCheckInterval > TimeSpan.Zero, "Emulator:HealthCheckInterval must be a positive time span such as 00:00:02.")
            .Validate(o => o.DefaultPageSize is >= 1 and <= 100, "Emulator:DefaultPageSize must be between 1 and 100.")
            .Validate(o => o.Quotas.EventStreamsPerDomain >= 1, "Emulator:Quotas:EventStreamsPerDomain must be at least 1.")
            .Validate(o => o.Quotas.DomainsPerRegion >= 1, "Emulator:Quotas:DomainsPerRegion must be at least 1.")
            .Validate(o => o.Limits.MaxRequestBodyBytes >= 1024, "Emulator:Limits:MaxRequestBodyBytes must be at least 1024.")
            .Validate(o => o.Limits.MaxAccountRegions >= 1, "Emulator:Limits:MaxAccountRegions must be at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEmulatorPersistence>(sp =>
        {
            var path = sp.GetRequiredService<IOptions<EmulatorOptions>>().Value.DatabasePath;
            return string.IsNullOrWhiteSpace(path) ? new InMemoryPersistence() : new SqlitePersistence(path);
        });
        services.TryAddSingleton<EmulatorStore>();
        services.TryAddSingleton<CustomerProfilesOperations>();
        services.TryAddSingleton<KinesisOperations>();
        services.TryAddSingleton<ThrottleGate>();
        services.TryAddSingleton<FaultInjector>();
        services.TryAddSingleton<RequestCounter>();
        services.TryAddSingleton<ScopeRegistry>();
        services.TryAddSingleton<EmulatorPipeline>();
        services.TryAddSingleton<DemoSeeder>();
        services.TryAddSingleton<DestinationHealthMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<DestinationHealthMonitor>());
        return services;
    }

    /// <summary>Maps Customer Profiles (restJson1), Kinesis (awsJson1.1 on POST /) and the admin API, and seeds if asked.</summary>
    public static IEndpointRouteBuilder MapCustomerProfilesEmulator(this IEndpointRouteBuilder routes)
    {
        var services = routes.ServiceProvider;
        var options = services.GetRequiredService<IOptions<EmulatorOptions>>().Value;
        var store = services.GetRequiredService<EmulatorStore>();
        if (options.Seed == EmulatorSeed.Demo && store.IsEmpty)
        {
            services.GetRequiredService<DemoSeeder>().Seed();
        }

        routes.MapCustomerProfilesApi();
        routes.MapKinesisApi();
        routes.MapEmulatorAdminApi();
        return routes;
    }
}
