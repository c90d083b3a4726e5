using Amazon.Kinesis.Model;
using Amazon.Runtime.Endpoints;
using EventStreamConsole.CustomerProfiles.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>ADAPTER (rewire when the client changes): the endpoint our client uses for a service in a region.</summary>
public static class ClientEndpoints
{
    private static readonly AwsClientFactory s_factory = new(new NoHttpClientFactory(), new AwsRateLimiter(TimeProvider.System), NullLoggerFactory.Instance);

    /// <summary>
    /// The endpoint for botocore service <paramref name="service"/> (customer-profiles or kinesis), for a Kinesis call
    /// addressed by <paramref name="streamArn"/> when one is given; throws when our client refuses the combination.
    /// </summary>
    public static Uri Resolve(string service, string region, bool fips, bool dualStack, string? streamArn = null)
    {
        var options = new AwsClientOptions { Region = region, UseFips = fips, UseDualStack = dualStack };
        if (service == "customer-profiles")
        {
            return s_factory.CustomerProfilesEndpoint(options);
        }

        var request = new DescribeStreamSummaryRequest { StreamARN = streamArn, StreamName = streamArn is null ? "orders" : null };
        return new Uri(s_factory.KinesisConfig(options).DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(request)).URL);
    }

    private sealed class NoHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new NotSupportedException("Endpoint resolution sends nothing.");
    }
}
