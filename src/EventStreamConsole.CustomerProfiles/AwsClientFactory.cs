using Amazon;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis;
using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Runtime;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>
/// The one place that builds AWS clients: turns <see cref="AwsClientOptions"/> into AWSSDK.Core configs (region or
/// custom endpoint, FIPS, dual-stack, retry mode and attempts, per-attempt timeout, pooled HttpClients) and credentials,
/// and creates the console's clients over them, all sharing one rate limiter.
/// </summary>
public sealed class AwsClientFactory(IHttpClientFactory httpClientFactory, AwsRateLimiter rateLimiter, ILoggerFactory loggerFactory)
{
    public const string HttpClientName = "AwsCustomerProfiles";

    public IAmazonCustomerProfiles CreateCustomerProfiles(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ConsoleCustomerProfilesClient(AwsCredentialsSource.Resolve(options), CustomerProfilesConfig(options), Pipeline(options, "profile"));
    }

    public IAmazonKinesis CreateKinesis(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ConsoleKinesisClient(AwsCredentialsSource.Resolve(options), KinesisConfig(options), Pipeline(options, "kinesis"));
    }

    /// <summary>Where Customer Profiles calls go with these options, e.g. https://profile.us-east-1.amazonaws.com.</summary>
    public Uri CustomerProfilesEndpoint(AwsClientOptions options) =>
        new(CustomerProfilesConfig(options).DetermineServiceOperationEndpoint(new Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters(new ListDomainsRequest())).URL);

    public AmazonCustomerProfilesConfig CustomerProfilesConfig(AwsClientOptions options) => Configure(new AmazonCustomerProfilesConfig(), options, options.ServiceUrl);

    public AmazonKinesisConfig KinesisConfig(AwsClientOptions options) =>
        // An empty KinesisServiceUrl (as appsettings.json ships it) means "same as ServiceUrl".
        Configure(new AmazonKinesisConfig(), options, string.IsNullOrWhiteSpace(options.KinesisServiceUrl) ? options.ServiceUrl : options.KinesisServiceUrl);

    private TConfig Configure<TConfig>(TConfig config, AwsClientOptions options, string? serviceUrl)
        where TConfig : ClientConfig
    {
        ArgumentNullException.ThrowIfNull(options);
        // Only our settings choose the endpoint, not AWS_ENDPOINT_URL* variables or the shared config file.
        config.IgnoreConfiguredEndpointUrls = true;
        if (!string.IsNullOrWhiteSpace(serviceUrl))
        {
            config.ServiceURL = serviceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else if (!string.IsNullOrWhiteSpace(options.Region))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        config.UseFIPSEndpoint = options.UseFips;
        config.UseDualstackEndpoint = options.UseDualStack;
        config.RetryMode = options.RetryMode;
        config.MaxErrorRetry = Math.Max(0, options.MaxAttempts - 1);
        config.Timeout = options.AttemptTimeout;
        // Pacing and backoff can hold a retry for seconds: sign every attempt afresh, as AWS's clock-skew checks expect.
        config.ResignRetries = true;
        config.HttpClientFactory = new PooledHttpClientFactory(httpClientFactory, HttpClientName);
        return config;
    }

    private ClientPipeline Pipeline(AwsClientOptions options, string service) =>
        new(rateLimiter, options, loggerFactory.CreateLogger("EventStreamConsole.CustomerProfiles." + service));
}
