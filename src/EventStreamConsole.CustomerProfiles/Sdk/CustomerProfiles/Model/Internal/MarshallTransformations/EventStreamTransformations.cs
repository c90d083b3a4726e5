using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles.Model.Internal.MarshallTransformations;

// One request marshaller and one response unmarshaller per operation, bound as the 2020-08-15 model binds them.

public sealed class CreateEventStreamRequestMarshaller : IMarshaller<IRequest, CreateEventStreamRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static CreateEventStreamRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((CreateEventStreamRequest)input);

    public IRequest Marshall(CreateEventStreamRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "POST", "/domains/{DomainName}/event-streams/{EventStreamName}");
        request.AddLabel("DomainName", publicRequest.DomainName);
        request.AddLabel("EventStreamName", publicRequest.EventStreamName);
        request.UseJsonBody();
        JsonBody.Write(request, context =>
        {
            if (publicRequest.Tags is { Count: > 0 } tags)
            {
                context.WriteStringMap("Tags", tags);
            }

            if (publicRequest.Uri is not null)
            {
                context.Writer.WriteString("Uri", publicRequest.Uri);
            }
        });
        return request;
    }
}

public sealed class CreateEventStreamResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    public static CreateEventStreamResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new CreateEventStreamResponse();
        var reader = JsonObject.Reader(input);
        if (JsonObject.Open(input, ref reader, out var depth))
        {
            while (JsonObject.NextMember(input, ref reader, depth))
            {
                if (JsonObject.Is(input, ref reader, "EventStreamArn", depth)) response.EventStreamArn = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "Tags", depth)) response.Tags = Tags.Unmarshaller.Unmarshall(input, ref reader);
            }
        }

        return response;
    }
}

public sealed class GetEventStreamRequestMarshaller : IMarshaller<IRequest, GetEventStreamRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static GetEventStreamRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((GetEventStreamRequest)input);

    public IRequest Marshall(GetEventStreamRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "GET", "/domains/{DomainName}/event-streams/{EventStreamName}");
        request.AddLabel("DomainName", publicRequest.DomainName);
        request.AddLabel("EventStreamName", publicRequest.EventStreamName);
        return request;
    }
}

public sealed class GetEventStreamResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    public static GetEventStreamResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new GetEventStreamResponse();
        var reader = JsonObject.Reader(input);
        if (JsonObject.Open(input, ref reader, out var depth))
        {
            while (JsonObject.NextMember(input, ref reader, depth))
            {
                if (JsonObject.Is(input, ref reader, "DomainName", depth)) response.DomainName = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "EventStreamArn", depth)) response.EventStreamArn = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "CreatedAt", depth)) response.CreatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "State", depth)) response.State = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "StoppedSince", depth)) response.StoppedSince = NullableDateTimeUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "DestinationDetails", depth)) response.DestinationDetails = EventStreamDestinationDetailsUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "Tags", depth)) response.Tags = Tags.Unmarshaller.Unmarshall(input, ref reader);
            }
        }

        return response;
    }
}

public sealed class ListEventStreamsRequestMarshaller : IMarshaller<IRequest, ListEventStreamsRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static ListEventStreamsRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((ListEventStreamsRequest)input);

    public IRequest Marshall(ListEventStreamsRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "GET", "/domains/{DomainName}/event-streams");
        request.AddLabel("DomainName", publicRequest.DomainName);
        request.AddQuery("max-results", publicRequest.MaxResults);
        request.AddQuery("next-token", publicRequest.NextToken);
        request.UseQueryString = true;
        return request;
    }
}

public sealed class ListEventStreamsResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    private static readonly JsonListUnmarshaller<EventStreamSummary, EventStreamSummaryUnmarshaller> s_items = new(EventStreamSummaryUnmarshaller.Instance);

    public static ListEventStreamsResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new ListEventStreamsResponse();
        var reader = JsonObject.Reader(input);
        if (JsonObject.Open(input, ref reader, out var depth))
        {
            while (JsonObject.NextMember(input, ref reader, depth))
            {
                if (JsonObject.Is(input, ref reader, "Items", depth)) response.Items = s_items.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "NextToken", depth)) response.NextToken = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
            }
        }

        return response;
    }
}

public sealed class DeleteEventStreamRequestMarshaller : IMarshaller<IRequest, DeleteEventStreamRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static DeleteEventStreamRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((DeleteEventStreamRequest)input);

    public IRequest Marshall(DeleteEventStreamRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "DELETE", "/domains/{DomainName}/event-streams/{EventStreamName}");
        request.AddLabel("DomainName", publicRequest.DomainName);
        request.AddLabel("EventStreamName", publicRequest.EventStreamName);
        return request;
    }
}

public sealed class DeleteEventStreamResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    public static DeleteEventStreamResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) => new DeleteEventStreamResponse();
}
