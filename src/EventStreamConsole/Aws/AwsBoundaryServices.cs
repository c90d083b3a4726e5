using EventStreamConsole.Configuration;
using EventStreamConsole.CustomerProfiles;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Aws;

public static class AwsBoundaryServices
{
    /// <summary>The AWS boundary: client settings, the client factory, the backend (AWS or the embedded emulator) and the per-account, per-region clients.</summary>
    public static IServiceCollection AddAwsBoundary(this IServiceCollection services, IConfiguration configuration, bool embeddedEmulator)
    {
        services.AddValidatedOptions<AwsClientOptions, AwsClientOptionsValidator>(configuration, AwsClientOptions.SectionName);
        services.AddValidatedOptions<ConsoleOptions, ConsoleOptionsValidator>(configuration, ConsoleOptions.SectionName);
        services.AddCustomerProfilesClient();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AwsClientOptions>>().Value;
            return new ConsoleBackend(embeddedEmulator, options.Region ?? "", sp.GetRequiredService<AwsClientFactory>().CustomerProfilesEndpoint(options));
        });
        services.AddSingleton<RegionClients>();
        return services;
    }
}
