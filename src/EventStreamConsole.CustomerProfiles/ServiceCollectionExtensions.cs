using EventStreamConsole.CustomerProfiles.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventStreamConsole.CustomerProfiles;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AwsClientFactory"/>, the shared <see cref="AwsRateLimiter"/> and the HttpClient the clients use.
    /// Clients themselves are built by the factory, per account and region, by whoever needs them.
    /// </summary>
    public static IServiceCollection AddCustomerProfilesClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AwsRateLimiter>();
        services.TryAddSingleton<AwsClientFactory>();
        // No HttpClientFactory logging: at Trace it passes every request header (the SigV4 Authorization and the session
        // token) to the logger as structured state, where a structured sink keeps them even though the message redacts them.
        services.AddHttpClient(AwsClientFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        return services;
    }
}
