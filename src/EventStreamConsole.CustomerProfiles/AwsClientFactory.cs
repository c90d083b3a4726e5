using EventStreamConsole.CustomerProfiles.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>Creates clients for any (credentials, region) over pooled HttpClients and one shared rate limiter.</summary>
public sealed class AwsClientFactory(IHttpClientFactory httpClientFactory, AwsRateLimiter rateLimiter, TimeProvider timeProvider, ILoggerFactory loggerFactory)
{
    public const string HttpClientName = "AwsCustomerProfiles";

    public IAmazonCustomerProfiles CreateCustomerProfiles(AwsClientOptions options)
    {
        var endpoint = AwsEndpoints.Resolve("profile", options, options.ServiceUrl);
        return new AmazonCustomerProfilesClient(CreateInvoker(endpoint, AmazonCustomerProfilesClient.SigningName, "", options,
            AmazonCustomerProfilesException.Create));
    }

    public IAmazonKinesis CreateKinesis(AwsClientOptions options)
    {
        // An empty KinesisServiceUrl (as appsettings.json ships it) means "same as ServiceUrl".
        var customUrl = string.IsNullOrWhiteSpace(options.KinesisServiceUrl) ? options.ServiceUrl : options.KinesisServiceUrl;
        var endpoint = AwsEndpoints.Resolve("kinesis", options, customUrl);
        return new AmazonKinesisClient(CreateInvoker(endpoint, AmazonKinesisClient.SigningName, "Kinesis.", options,
            AmazonKinesisException.Create));
    }

    private AwsRequestInvoker CreateInvoker(Uri endpoint, string signingName, string prefix, AwsClientOptions options, Func<AwsErrorDetails, AmazonServiceException> errors) =>
        new(httpClientFactory.CreateClient(HttpClientName), endpoint, signingName, prefix, options, rateLimiter, timeProvider,
            loggerFactory.CreateLogger("EventStreamConsole.CustomerProfiles." + signingName), errors);
}
