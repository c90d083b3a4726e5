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
        services.AddHttpClient(AwsClientFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(sp => sp.GetRequiredService<AwsClientFactory>().CreateCustomerProfiles(sp.GetRequiredService<IOptions<AwsClientOptions>>().Value));
        services.TryAddSingleton(sp => sp.GetRequiredService<AwsClientFactory>().CreateKinesis(sp.GetRequiredService<IOptions<AwsClientOptions>>().Value));
        return services;
    }
}
