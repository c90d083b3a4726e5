using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util;

namespace EventStreamConsole.CustomerProfiles.Sdk;

/// <summary>The built-in endpoint parameters every AWS service takes from the client config (AWS::Region, SDK::Endpoint, FIPS, dual-stack).</summary>
internal static class EndpointParametersMapping
{
    public static TParameters FromConfig<TParameters>(IRequestContext requestContext, TParameters parameters)
        where TParameters : EndpointParameters
    {
        var config = requestContext.ClientConfig;
        var region = requestContext.Request.AlternateEndpoint?.SystemName ?? config.RegionEndpoint?.SystemName;
        if (config.RegionEndpoint is null && !string.IsNullOrEmpty(config.ServiceURL))
        {
            // With a custom ServiceURL the region is the signing region if one is given, else read from the URL.
            region = !string.IsNullOrEmpty(config.AuthenticationRegion)
                ? config.AuthenticationRegion
                : RegionEndpoint.GetBySystemName(AWSSDKUtils.DetermineRegion(config.ServiceURL)).SystemName;
        }

        parameters["Region"] = region;
        parameters["UseDualStack"] = config.UseDualstackEndpoint;
        parameters["UseFIPS"] = config.UseFIPSEndpoint;
        parameters["Endpoint"] = config.ServiceURL;
        return parameters;
    }
}
