using EventStreamConsole.CustomerProfiles.Kinesis.Model;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>The Kinesis Data Streams operations the console needs to pick and check destinations.</summary>
public interface IAmazonKinesis
{
    Uri Endpoint { get; }

    Task<ListStreamsResponse> ListStreamsAsync(ListStreamsRequest request, CancellationToken cancellationToken = default);

    Task<DescribeStreamSummaryResponse> DescribeStreamSummaryAsync(DescribeStreamSummaryRequest request, CancellationToken cancellationToken = default);

    Task<CreateStreamResponse> CreateStreamAsync(CreateStreamRequest request, CancellationToken cancellationToken = default);

    Task<DeleteStreamResponse> DeleteStreamAsync(DeleteStreamRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every stream of the region, following NextToken.</summary>
    IPaginator<ListStreamsResponse, StreamSummary> ListStreamsPaginator(ListStreamsRequest request);
}
