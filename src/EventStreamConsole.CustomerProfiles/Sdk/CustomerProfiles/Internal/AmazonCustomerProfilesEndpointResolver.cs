using Amazon.CustomerProfiles.Endpoints;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles.Internal;

/// <summary>The pipeline step that maps the client config onto <see cref="CustomerProfilesEndpointParameters"/> and resolves the endpoint.</summary>
public sealed class AmazonCustomerProfilesEndpointResolver : BaseEndpointResolver
{
    protected override void ServiceSpecificHandler(IExecutionContext executionContext, EndpointParameters parameters) =>
        InjectHostPrefix(executionContext.RequestContext);

    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext) =>
        EndpointParametersMapping.FromConfig(requestContext, new CustomerProfilesEndpointParameters());
}
