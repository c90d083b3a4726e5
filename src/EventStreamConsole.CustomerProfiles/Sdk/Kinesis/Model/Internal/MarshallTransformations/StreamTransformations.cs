using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis.Model.Internal.MarshallTransformations;

// One request marshaller and one response unmarshaller per operation, as the 2013-12-02 model binds them.

public sealed class ListStreamsRequestMarshaller : IMarshaller<IRequest, ListStreamsRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static ListStreamsRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((ListStreamsRequest)input);

    public IRequest Marshall(ListStreamsRequest publicRequest) => AwsJsonRequest.Create(publicRequest, "ListStreams", context =>
    {
        context.Writer.WriteIfSet("ExclusiveStartStreamName", publicRequest.ExclusiveStartStreamName);
        context.Writer.WriteIfSet("Limit", publicRequest.Limit);
        context.Writer.WriteIfSet("NextToken", publicRequest.NextToken);
    });
}

public sealed class ListStreamsResponseUnmarshaller : KinesisResponseUnmarshaller
{
    private static readonly JsonListUnmarshaller<string, StringUnmarshaller> s_names = new(StringUnmarshaller.Instance);
    private static readonly JsonListUnmarshaller<StreamSummary, StreamSummaryUnmarshaller> s_summaries = new(StreamSummaryUnmarshaller.Instance);

    public static ListStreamsResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new ListStreamsResponse();
        var reader = JsonObject.Reader(input);
        if (JsonObject.Open(input, ref reader, out var depth))
        {
            while (JsonObject.NextMember(input, ref reader, depth))
            {
                if (JsonObject.Is(input, ref reader, "StreamNames", depth)) response.StreamNames = s_names.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "HasMoreStreams", depth)) response.HasMoreStreams = NullableBoolUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "NextToken", depth)) response.NextToken = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "StreamSummaries", depth)) response.StreamSummaries = s_summaries.Unmarshall(input, ref reader);
            }
        }

        return response;
    }
}

public sealed class DescribeStreamSummaryRequestMarshaller : IMarshaller<IRequest, DescribeStreamSummaryRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static DescribeStreamSummaryRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((DescribeStreamSummaryRequest)input);

    public IRequest Marshall(DescribeStreamSummaryRequest publicRequest) => AwsJsonRequest.Create(publicRequest, "DescribeStreamSummary", context =>
    {
        context.Writer.WriteIfSet("StreamARN", publicRequest.StreamARN);
        context.Writer.WriteIfSet("StreamName", publicRequest.StreamName);
    });
}

public sealed class DescribeStreamSummaryResponseUnmarshaller : KinesisResponseUnmarshaller
{
    public static DescribeStreamSummaryResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new DescribeStreamSummaryResponse();
        var reader = JsonObject.Reader(input);
        if (JsonObject.Open(input, ref reader, out var depth))
        {
            while (JsonObject.NextMember(input, ref reader, depth))
            {
                if (JsonObject.Is(input, ref reader, "StreamDescriptionSummary", depth))
                {
                    response.StreamDescriptionSummary = StreamDescriptionSummaryUnmarshaller.Instance.Unmarshall(input, ref reader);
                }
            }
        }

        return response;
    }
}

public sealed class CreateStreamRequestMarshaller : IMarshaller<IRequest, CreateStreamRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static CreateStreamRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((CreateStreamRequest)input);

    public IRequest Marshall(CreateStreamRequest publicRequest) => AwsJsonRequest.Create(publicRequest, "CreateStream", context =>
    {
        context.Writer.WriteIfSet("ShardCount", publicRequest.ShardCount);
        if (publicRequest.StreamModeDetails is { } mode)
        {
            context.Writer.WritePropertyName("StreamModeDetails");
            context.Writer.WriteStartObject();
            context.Writer.WriteIfSet("StreamMode", mode.StreamMode?.Value);
            context.Writer.WriteEndObject();
        }

        context.Writer.WriteIfSet("StreamName", publicRequest.StreamName);
        if (publicRequest.Tags is { Count: > 0 } tags)
        {
            context.WriteStringMap("Tags", tags);
        }
    });
}

public sealed class CreateStreamResponseUnmarshaller : KinesisResponseUnmarshaller
{
    public static CreateStreamResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) => new CreateStreamResponse();
}

public sealed class DeleteStreamRequestMarshaller : IMarshaller<IRequest, DeleteStreamRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static DeleteStreamRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((DeleteStreamRequest)input);

    public IRequest Marshall(DeleteStreamRequest publicRequest) => AwsJsonRequest.Create(publicRequest, "DeleteStream", context =>
    {
        context.Writer.WriteIfSet("EnforceConsumerDeletion", publicRequest.EnforceConsumerDeletion);
        context.Writer.WriteIfSet("StreamARN", publicRequest.StreamARN);
        context.Writer.WriteIfSet("StreamName", publicRequest.StreamName);
    });
}

public sealed class DeleteStreamResponseUnmarshaller : KinesisResponseUnmarshaller
{
    public static DeleteStreamResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) => new DeleteStreamResponse();
}
