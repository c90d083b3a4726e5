using System.Runtime.CompilerServices;
using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis.Model;

/// <summary>The Kinesis paginators this console uses.</summary>
public interface IKinesisPaginatorFactory
{
    IListStreamsPaginator ListStreams(ListStreamsRequest request);
}

/// <summary>ListStreams by page, by stream name or by stream summary (the model's two result keys).</summary>
public interface IListStreamsPaginator : IPaginator<ListStreamsResponse>
{
    IPaginatedEnumerable<ListStreamsResponse> Responses { get; }

    IPaginatedEnumerable<string> StreamNames { get; }

    IPaginatedEnumerable<StreamSummary> StreamSummaries { get; }
}

internal sealed class KinesisPaginatorFactory(IAmazonKinesis client) : IKinesisPaginatorFactory
{
    public IListStreamsPaginator ListStreams(ListStreamsRequest request) => new ListStreamsPaginator(client, request);
}

internal sealed class ListStreamsPaginator(IAmazonKinesis client, ListStreamsRequest request) : IListStreamsPaginator
{
    private int _used;

    public IPaginatedEnumerable<ListStreamsResponse> Responses => new PaginatedResponse<ListStreamsResponse>(this);

    public IPaginatedEnumerable<string> StreamNames => new PaginatedResultKeyResponse<ListStreamsResponse, string>(this, page => page.StreamNames ?? []);

    public IPaginatedEnumerable<StreamSummary> StreamSummaries =>
        new PaginatedResultKeyResponse<ListStreamsResponse, StreamSummary>(this, page => page.StreamSummaries ?? []);

    IAsyncEnumerable<ListStreamsResponse> IPaginator<ListStreamsResponse>.PaginateAsync(CancellationToken cancellationToken) => PaginateAsync(cancellationToken);

    private async IAsyncEnumerable<ListStreamsResponse> PaginateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TokenPages.EnsureFirstUse(ref _used);
        PaginatorUtils.SetUserAgentAdditionOnRequest(request);
        // The model pages by NextToken while HasMoreStreams is true; a NextToken excludes ExclusiveStartStreamName.
        await foreach (var page in TokenPages.WalkAsync(request.NextToken, (token, ct) =>
        {
            if (token is not null)
            {
                request.NextToken = token;
                request.ExclusiveStartStreamName = null;
            }

            return client.ListStreamsAsync(request, ct);
        }, page => page.HasMoreStreams == true ? page.NextToken : null, cancellationToken))
        {
            yield return page;
        }
    }
}
