using Amazon.Runtime.Endpoints;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles.Internal;

/// <summary>Resolves endpoints with Customer Profiles' official rule set (profile[-fips].{region}.{dnsSuffix | dualStackDnsSuffix}).</summary>
public sealed class AmazonCustomerProfilesEndpointProvider : IEndpointProvider
{
    private static readonly EndpointRuleSet s_rules = EndpointRuleSet.Load("CustomerProfiles.Internal.endpoint-rule-set-1.json");

    public Endpoint ResolveEndpoint(EndpointParameters parameters) => s_rules.Resolve(parameters);
}
