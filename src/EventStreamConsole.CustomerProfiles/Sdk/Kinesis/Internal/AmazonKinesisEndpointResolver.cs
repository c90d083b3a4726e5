using Amazon.Kinesis.Endpoints;
using Amazon.Kinesis.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis.Internal;

/// <summary>Maps the client config and the operation's context parameters (the model's OperationType and StreamARN) onto <see cref="KinesisEndpointParameters"/>.</summary>
public sealed class AmazonKinesisEndpointResolver : BaseEndpointResolver
{
    protected override void ServiceSpecificHandler(IExecutionContext executionContext, EndpointParameters parameters) =>
        InjectHostPrefix(executionContext.RequestContext);

    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        var result = EndpointParametersMapping.FromConfig(requestContext, new KinesisEndpointParameters());
        switch (requestContext.OriginalRequest)
        {
            case DescribeStreamSummaryRequest describe:
                result.OperationType = "control";
                result.StreamARN = describe.StreamARN;
                break;
            case DeleteStreamRequest delete:
                result.OperationType = "control";
                result.StreamARN = delete.StreamARN;
                break;
        }

        return result;
    }
}
