using EventStreamConsole.CustomerProfiles.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.CustomerProfiles;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the client factory and a default <see cref="IAmazonCustomerProfiles"/> / <see cref="IAmazonKinesis"/>
    /// built from the bound <see cref="AwsClientOptions"/>.
    /// </summary>
    public static IServiceCollection AddCustomerProfilesClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AwsRateLimiter>();
        services.TryAddSingleton<AwsClientFactory>();
        // No HttpClientFactory logging: at Trace it passes every request header (the SigV4 Authorization and the session
        // token) to the logger as structured state, where a structured sink keeps them even though the message redacts them.
        services.AddHttpClient(AwsClientFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.TryAddSingleton(sp => sp.GetRequiredService<AwsClientFactory>().CreateCustomerProfiles(sp.GetRequiredService<IOptions<AwsClientOptions>>().Value));
        services.TryAddSingleton(sp => sp.GetRequiredService<AwsClientFactory>().CreateKinesis(sp.GetRequiredService<IOptions<AwsClientOptions>>().Value));
        return services;
    }
}
