using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace EventStreamConsole.CustomerProfiles.Sdk;

/// <summary>What ClientConfig.DetermineServiceOperationEndpoint does in every generated config: run the resolver once, off the pipeline.</summary>
internal static class ServiceEndpoint
{
    public static Endpoint Determine(ClientConfig config, string serviceName, ServiceOperationEndpointParameters parameters, BaseEndpointResolver resolver)
    {
        var requestContext = new RequestContext(false)
        {
            ClientConfig = config,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, serviceName),
        };
        requestContext.Request.AlternateEndpoint = parameters.AlternateEndpoint;
        return resolver.GetEndpoint(new Amazon.Runtime.Internal.ExecutionContext(requestContext, null));
    }
}
