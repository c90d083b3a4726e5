using Amazon.Runtime;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Gives the core HttpClients from the app's <see cref="IHttpClientFactory"/> (pooled handlers, no header logging),
/// one per request as that factory intends, with the config's Timeout as the per-attempt timeout.
/// </summary>
public sealed class PooledHttpClientFactory(IHttpClientFactory factory, string name) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig)
    {
        ArgumentNullException.ThrowIfNull(clientConfig);
        var client = factory.CreateClient(name);
        client.Timeout = clientConfig.Timeout ?? Timeout.InfiniteTimeSpan;
        return client;
    }

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    // Disposing a factory-made HttpClient leaves its pooled handler alive.
    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;

    public override string? GetConfigUniqueString(IClientConfig clientConfig) => null;
}
