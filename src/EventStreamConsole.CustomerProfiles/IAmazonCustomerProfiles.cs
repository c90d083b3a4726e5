using EventStreamConsole.CustomerProfiles.Model;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>
/// The Customer Profiles operations this console uses, named and shaped like the official
/// AWSSDK.CustomerProfiles interface so that package can replace this client in one file.
/// </summary>
public interface IAmazonCustomerProfiles
{
    /// <summary>The resolved endpoint, e.g. https://profile.us-east-1.amazonaws.com/.</summary>
    Uri Endpoint { get; }

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
}

/// <summary>Async paginators over the List calls, following NextToken until the service stops returning one.</summary>
public interface ICustomerProfilesPaginatorFactory
{
    IPaginator<ListEventStreamsResponse, EventStreamSummary> ListEventStreams(ListEventStreamsRequest request);

    IPaginator<ListDomainsResponse, ListDomainItem> ListDomains(ListDomainsRequest request);
}
