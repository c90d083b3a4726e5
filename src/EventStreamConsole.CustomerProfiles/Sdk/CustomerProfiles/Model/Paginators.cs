using System.Runtime.CompilerServices;
using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles.Model;

/// <summary>
/// The paginators the service model defines that this console uses. ListDomains has none in the model (so none in the
/// SDK): walk it by NextToken.
/// </summary>
public interface ICustomerProfilesPaginatorFactory
{
    IListEventStreamsPaginator ListEventStreams(ListEventStreamsRequest request);
}

/// <summary>ListEventStreams by page (<see cref="Responses"/>) or by event stream (<see cref="Items"/>).</summary>
public interface IListEventStreamsPaginator : IPaginator<ListEventStreamsResponse>
{
    IPaginatedEnumerable<ListEventStreamsResponse> Responses { get; }

    IPaginatedEnumerable<EventStreamSummary> Items { get; }
}

internal sealed class CustomerProfilesPaginatorFactory(IAmazonCustomerProfiles client) : ICustomerProfilesPaginatorFactory
{
    public IListEventStreamsPaginator ListEventStreams(ListEventStreamsRequest request) => new ListEventStreamsPaginator(client, request);
}

internal sealed class ListEventStreamsPaginator(IAmazonCustomerProfiles client, ListEventStreamsRequest request) : IListEventStreamsPaginator
{
    private int _used;

    public IPaginatedEnumerable<ListEventStreamsResponse> Responses => new PaginatedResponse<ListEventStreamsResponse>(this);

    public IPaginatedEnumerable<EventStreamSummary> Items =>
        new PaginatedResultKeyResponse<ListEventStreamsResponse, EventStreamSummary>(this, page => page.Items ?? []);

    IAsyncEnumerable<ListEventStreamsResponse> IPaginator<ListEventStreamsResponse>.PaginateAsync(CancellationToken cancellationToken) =>
        PaginateAsync(cancellationToken);

    private async IAsyncEnumerable<ListEventStreamsResponse> PaginateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TokenPages.EnsureFirstUse(ref _used);
        PaginatorUtils.SetUserAgentAdditionOnRequest(request);
        await foreach (var page in TokenPages.WalkAsync(request.NextToken, (token, ct) =>
        {
            request.NextToken = token;
            return client.ListEventStreamsAsync(request, ct);
        }, page => page.NextToken, cancellationToken))
        {
            yield return page;
        }
    }
}
