using EventStreamConsole.CustomerProfiles.Runtime;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>ADAPTER (rewire when the client changes): the endpoint our client uses for a service in a region.</summary>
public static class ClientEndpoints
{
    /// <summary>
    /// The endpoint for botocore service <paramref name="service"/> (customer-profiles or kinesis); throws when our
    /// client refuses the combination.
    /// </summary>
    public static Uri Resolve(string service, string region, bool fips, bool dualStack) =>
        AwsEndpoints.Resolve(service == "customer-profiles" ? "profile" : service,
            new AwsClientOptions { Region = region, UseFips = fips, UseDualStack = dualStack }, customUrl: null);
}
