using Amazon.Kinesis.Internal;
using Amazon.Kinesis.Model;
using Amazon.Kinesis.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis;

/// <summary>
/// Kinesis Data Streams over awsJson1.1 (POST / with X-Amz-Target Kinesis_20131202.{Operation}), built like AWS's
/// generated clients on AWSSDK.Core. Not sealed, as the SDK's is not: the console derives from it.
/// </summary>
public class AmazonKinesisClient : AmazonServiceClient, IAmazonKinesis
{
    private static readonly IServiceMetadata s_metadata = new ServiceMetadata("Kinesis");
    private IKinesisPaginatorFactory? _paginators;

    public AmazonKinesisClient()
        : base(new AmazonKinesisConfig())
    {
    }

    public AmazonKinesisClient(RegionEndpoint region)
        : base(new AmazonKinesisConfig { RegionEndpoint = region })
    {
    }

    public AmazonKinesisClient(AmazonKinesisConfig config)
        : base(config)
    {
    }

    public AmazonKinesisClient(AWSCredentials credentials)
        : this(credentials, new AmazonKinesisConfig())
    {
    }

    public AmazonKinesisClient(AWSCredentials credentials, RegionEndpoint region)
        : this(credentials, new AmazonKinesisConfig { RegionEndpoint = region })
    {
    }

    public AmazonKinesisClient(AWSCredentials? credentials, AmazonKinesisConfig clientConfig)
        : base(credentials, clientConfig)
    {
    }

    public AmazonKinesisClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonKinesisConfig clientConfig)
        : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
    {
    }

    public AmazonKinesisClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonKinesisConfig clientConfig)
        : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
    {
    }

    public IKinesisPaginatorFactory Paginators => _paginators ??= new KinesisPaginatorFactory(this);

    protected override IServiceMetadata ServiceMetadata => s_metadata;

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new AmazonKinesisEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
    }

    public virtual Task<ListStreamsResponse> ListStreamsAsync(ListStreamsRequest request, CancellationToken cancellationToken = default) =>
        Send<ListStreamsResponse>(request, ListStreamsRequestMarshaller.Instance, ListStreamsResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<DescribeStreamSummaryResponse> DescribeStreamSummaryAsync(DescribeStreamSummaryRequest request, CancellationToken cancellationToken = default) =>
        Send<DescribeStreamSummaryResponse>(request, DescribeStreamSummaryRequestMarshaller.Instance, DescribeStreamSummaryResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<CreateStreamResponse> CreateStreamAsync(CreateStreamRequest request, CancellationToken cancellationToken = default) =>
        Send<CreateStreamResponse>(request, CreateStreamRequestMarshaller.Instance, CreateStreamResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<DeleteStreamResponse> DeleteStreamAsync(DeleteStreamRequest request, CancellationToken cancellationToken = default) =>
        Send<DeleteStreamResponse>(request, DeleteStreamRequestMarshaller.Instance, DeleteStreamResponseUnmarshaller.Instance, cancellationToken);

    public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request) =>
        Config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(request));

    private Task<TResponse> Send<TResponse>(AmazonWebServiceRequest request, IMarshaller<IRequest, AmazonWebServiceRequest> marshaller,
        ResponseUnmarshaller unmarshaller, CancellationToken cancellationToken)
        where TResponse : AmazonWebServiceResponse, new()
    {
        var options = new InvokeOptions { RequestMarshaller = marshaller, ResponseUnmarshaller = unmarshaller };
        return InvokeAsync<TResponse>(request, options, cancellationToken);
    }
}
