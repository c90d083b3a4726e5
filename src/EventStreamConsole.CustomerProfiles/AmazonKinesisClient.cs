using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EventStreamConsole.CustomerProfiles.Json;
using EventStreamConsole.CustomerProfiles.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>Kinesis Data Streams over awsJson1.1: POST / with X-Amz-Target Kinesis_20131202.{Operation}.</summary>
public sealed class AmazonKinesisClient(AwsRequestInvoker invoker) : IAmazonKinesis
{
    public const string SigningName = "kinesis";
    public const string TargetPrefix = "Kinesis_20131202.";
    public const string ContentType = "application/x-amz-json-1.1";

    private static readonly CustomerProfilesJsonContext s_json = CustomerProfilesJsonContext.Default;

    public Uri Endpoint => invoker.Endpoint;

    public Task<ListStreamsResponse> ListStreamsAsync(ListStreamsRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request));
        return Send("ListStreams", request, s_json.ListStreamsRequest, s_json.ListStreamsResponse, cancellationToken);
    }

    public Task<DescribeStreamSummaryResponse> DescribeStreamSummaryAsync(DescribeStreamSummaryRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.ValidateStreamTarget(request.StreamName, request.StreamArn));
        return Send("DescribeStreamSummary", request, s_json.DescribeStreamSummaryRequest, s_json.DescribeStreamSummaryResponse, cancellationToken);
    }

    public Task<CreateStreamResponse> CreateStreamAsync(CreateStreamRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request));
        return Send("CreateStream", request, s_json.CreateStreamRequest, s_json.CreateStreamResponse, cancellationToken);
    }

    public Task<DeleteStreamResponse> DeleteStreamAsync(DeleteStreamRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.ValidateStreamTarget(request.StreamName, request.StreamArn));
        return Send("DeleteStream", request, s_json.DeleteStreamRequest, s_json.DeleteStreamResponse, cancellationToken);
    }

    public IPaginator<ListStreamsResponse, StreamSummary> ListStreamsPaginator(ListStreamsRequest request) =>
        new Paginator<ListStreamsResponse, StreamSummary>(
            (token, ct) => ListStreamsAsync(new ListStreamsRequest { Limit = request.Limit, NextToken = token, ExclusiveStartStreamName = token is null ? request.ExclusiveStartStreamName : null }, ct),
            page => page.HasMoreStreams ? page.NextToken : null,
            page => page.StreamSummaries,
            request.NextToken);

    private Task<TResponse> Send<TRequest, TResponse>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : AmazonWebServiceResponse
    {
        var call = new AwsRequest("Kinesis." + operation, HttpMethod.Post, "/")
        {
            Body = JsonSerializer.SerializeToUtf8Bytes(request, requestType),
            ContentType = ContentType,
        };
        call.Headers["X-Amz-Target"] = TargetPrefix + operation;
        return invoker.InvokeAsync(call, responseType, cancellationToken);
    }
}
