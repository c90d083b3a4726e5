using Amazon.CustomerProfiles.Internal;
using Amazon.CustomerProfiles.Model;
using Amazon.CustomerProfiles.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles;

/// <summary>
/// Customer Profiles over restJson1 (service "profile", API version 2020-08-15), built like AWS's generated clients on
/// AWSSDK.Core: each operation hands its marshaller and unmarshaller to the core's pipeline, which resolves the
/// endpoint, credentials and signer, retries and turns errors into exceptions. Not sealed, as the SDK's is not: the
/// console derives from it to add its own pipeline steps.
/// </summary>
public class AmazonCustomerProfilesClient : AmazonServiceClient, IAmazonCustomerProfiles
{
    private static readonly IServiceMetadata s_metadata = new ServiceMetadata("Customer Profiles");
    private ICustomerProfilesPaginatorFactory? _paginators;

    public AmazonCustomerProfilesClient()
        : base(new AmazonCustomerProfilesConfig())
    {
    }

    public AmazonCustomerProfilesClient(RegionEndpoint region)
        : base(new AmazonCustomerProfilesConfig { RegionEndpoint = region })
    {
    }

    public AmazonCustomerProfilesClient(AmazonCustomerProfilesConfig config)
        : base(config)
    {
    }

    public AmazonCustomerProfilesClient(AWSCredentials credentials)
        : this(credentials, new AmazonCustomerProfilesConfig())
    {
    }

    public AmazonCustomerProfilesClient(AWSCredentials credentials, RegionEndpoint region)
        : this(credentials, new AmazonCustomerProfilesConfig { RegionEndpoint = region })
    {
    }

    public AmazonCustomerProfilesClient(AWSCredentials? credentials, AmazonCustomerProfilesConfig clientConfig)
        : base(credentials, clientConfig)
    {
    }

    public AmazonCustomerProfilesClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonCustomerProfilesConfig clientConfig)
        : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
    {
    }

    public AmazonCustomerProfilesClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonCustomerProfilesConfig clientConfig)
        : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
    {
    }

    public ICustomerProfilesPaginatorFactory Paginators => _paginators ??= new CustomerProfilesPaginatorFactory(this);

    protected override IServiceMetadata ServiceMetadata => s_metadata;

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new AmazonCustomerProfilesEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
    }

    public virtual Task<CreateEventStreamResponse> CreateEventStreamAsync(CreateEventStreamRequest request, CancellationToken cancellationToken = default) =>
        Send<CreateEventStreamResponse>(request, CreateEventStreamRequestMarshaller.Instance, CreateEventStreamResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<GetEventStreamResponse> GetEventStreamAsync(GetEventStreamRequest request, CancellationToken cancellationToken = default) =>
        Send<GetEventStreamResponse>(request, GetEventStreamRequestMarshaller.Instance, GetEventStreamResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<ListEventStreamsResponse> ListEventStreamsAsync(ListEventStreamsRequest request, CancellationToken cancellationToken = default) =>
        Send<ListEventStreamsResponse>(request, ListEventStreamsRequestMarshaller.Instance, ListEventStreamsResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<DeleteEventStreamResponse> DeleteEventStreamAsync(DeleteEventStreamRequest request, CancellationToken cancellationToken = default) =>
        Send<DeleteEventStreamResponse>(request, DeleteEventStreamRequestMarshaller.Instance, DeleteEventStreamResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        Send<TagResourceResponse>(request, TagResourceRequestMarshaller.Instance, TagResourceResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        Send<UntagResourceResponse>(request, UntagResourceRequestMarshaller.Instance, UntagResourceResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        Send<ListTagsForResourceResponse>(request, ListTagsForResourceRequestMarshaller.Instance, ListTagsForResourceResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<ListDomainsResponse> ListDomainsAsync(ListDomainsRequest request, CancellationToken cancellationToken = default) =>
        Send<ListDomainsResponse>(request, ListDomainsRequestMarshaller.Instance, ListDomainsResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<GetDomainResponse> GetDomainAsync(GetDomainRequest request, CancellationToken cancellationToken = default) =>
        Send<GetDomainResponse>(request, GetDomainRequestMarshaller.Instance, GetDomainResponseUnmarshaller.Instance, cancellationToken);

    public virtual Task<CreateDomainResponse> CreateDomainAsync(CreateDomainRequest request, CancellationToken cancellationToken = default) =>
        Send<CreateDomainResponse>(request, CreateDomainRequestMarshaller.Instance, CreateDomainResponseUnmarshaller.Instance, cancellationToken);

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
