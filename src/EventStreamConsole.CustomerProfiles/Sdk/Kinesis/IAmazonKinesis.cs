using Amazon.Kinesis.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Amazon.Kinesis;

/// <summary>The Kinesis Data Streams operations the console needs to pick and check destinations, as AWSSDK.Kinesis names them.</summary>
public interface IAmazonKinesis : IAmazonService, IDisposable
{
    // Implemented here, as the SDK does, so the interface stays usable as a type argument (e.g. in DI).
    static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonKinesisConfig();

    static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) =>
        new AmazonKinesisClient(awsCredentials, (AmazonKinesisConfig)clientConfig);

    IKinesisPaginatorFactory Paginators { get; }

    Task<ListStreamsResponse> ListStreamsAsync(ListStreamsRequest request, CancellationToken cancellationToken = default);

    Task<DescribeStreamSummaryResponse> DescribeStreamSummaryAsync(DescribeStreamSummaryRequest request, CancellationToken cancellationToken = default);

    Task<CreateStreamResponse> CreateStreamAsync(CreateStreamRequest request, CancellationToken cancellationToken = default);

    Task<DeleteStreamResponse> DeleteStreamAsync(DeleteStreamRequest request, CancellationToken cancellationToken = default);

    /// <summary>The endpoint a request would be sent to, e.g. https://kinesis.us-east-1.amazonaws.com.</summary>
    Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);
}
