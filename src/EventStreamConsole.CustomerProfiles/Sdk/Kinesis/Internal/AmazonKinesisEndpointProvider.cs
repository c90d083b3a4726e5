using Amazon.Runtime.Endpoints;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis.Internal;

/// <summary>
/// Resolves endpoints with Kinesis' official rule set, including its account-specific control-plane endpoints
/// ({account}.control-kinesis.{region}...) for calls that name a stream by ARN.
/// </summary>
public sealed class AmazonKinesisEndpointProvider : IEndpointProvider
{
    private static readonly EndpointRuleSet s_rules = EndpointRuleSet.Load("Kinesis.Internal.endpoint-rule-set-1.json");

    public Endpoint ResolveEndpoint(EndpointParameters parameters) => s_rules.Resolve(parameters);
}
