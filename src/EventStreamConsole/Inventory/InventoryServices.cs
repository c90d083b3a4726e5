using EventStreamConsole.Configuration;

namespace EventStreamConsole.Inventory;

public static class InventoryServices
{
    /// <summary>The shared inventory of every region, its cache (local, or Redis when <c>Cache:Redis</c> is set) and the sweep that keeps it fresh.</summary>
    public static IServiceCollection AddInventory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CacheOptions, CacheOptionsValidator>(configuration, CacheOptions.SectionName);
        if (string.IsNullOrWhiteSpace(configuration[ConfigurationKeys.CacheRedis]))
        {
            services.AddSingleton<ISharedInventoryCache, LocalInventoryCache>();
        }
        else
        {
            services.AddSingleton<ISharedInventoryCache, RedisInventoryCache>();
        }

        services.AddSingleton<InventoryStore>();
        services.AddValidatedOptions<SweepOptions, SweepOptionsValidator>(configuration, SweepOptions.SectionName);
        services.AddSingleton<InventorySweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<InventorySweeper>());
        return services;
    }
}
