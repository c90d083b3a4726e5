using Amazon.CustomerProfiles.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Amazon.CustomerProfiles;

/// <summary>The Customer Profiles operations this console uses, with AWSSDK.CustomerProfiles' names and signatures.</summary>
public interface IAmazonCustomerProfiles : IAmazonService, IDisposable
{
    // Implemented here, as the SDK does, so the interface stays usable as a type argument (e.g. in DI).
    static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonCustomerProfilesConfig();

    static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) =>
        new AmazonCustomerProfilesClient(awsCredentials, (AmazonCustomerProfilesConfig)clientConfig);

    ICustomerProfilesPaginatorFactory Paginators { get; }

    Task<CreateEventStreamResponse> CreateEventStreamAsync(CreateEventStreamRequest request, CancellationToken cancellationToken = default);

    Task<GetEventStreamResponse> GetEventStreamAsync(GetEventStreamRequest request, CancellationToken cancellationToken = default);

    Task<ListEventStreamsResponse> ListEventStreamsAsync(ListEventStreamsRequest request, CancellationToken cancellationToken = default);

    Task<DeleteEventStreamResponse> DeleteEventStreamAsync(DeleteEventStreamRequest request, CancellationToken cancellationToken = default);

    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);

    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);

    Task<ListDomainsResponse> ListDomainsAsync(ListDomainsRequest request, CancellationToken cancellationToken = default);

    Task<GetDomainResponse> GetDomainAsync(GetDomainRequest request, CancellationToken cancellationToken = default);

    Task<CreateDomainResponse> CreateDomainAsync(CreateDomainRequest request, CancellationToken cancellationToken = default);

    /// <summary>The endpoint a request would be sent to, e.g. https://profile.us-east-1.amazonaws.com.</summary>
    Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);
}
