using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles.Model.Internal.MarshallTransformations;

public sealed class ListDomainsRequestMarshaller : IMarshaller<IRequest, ListDomainsRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static ListDomainsRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((ListDomainsRequest)input);

    public IRequest Marshall(ListDomainsRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "GET", "/domains");
        request.AddQuery("max-results", publicRequest.MaxResults);
        request.AddQuery("next-token", publicRequest.NextToken);
        request.UseQueryString = true;
        return request;
    }
}

public sealed class ListDomainsResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    private static readonly JsonListUnmarshaller<ListDomainItem, ListDomainItemUnmarshaller> s_items = new(ListDomainItemUnmarshaller.Instance);

    public static ListDomainsResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new ListDomainsResponse();
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

public sealed class GetDomainRequestMarshaller : IMarshaller<IRequest, GetDomainRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static GetDomainRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((GetDomainRequest)input);

    public IRequest Marshall(GetDomainRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "GET", "/domains/{DomainName}");
        request.AddLabel("DomainName", publicRequest.DomainName);
        return request;
    }
}

public sealed class GetDomainResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    public static GetDomainResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new GetDomainResponse();
        var reader = JsonObject.Reader(input);
        if (JsonObject.Open(input, ref reader, out var depth))
        {
            while (JsonObject.NextMember(input, ref reader, depth))
            {
                if (JsonObject.Is(input, ref reader, "DomainName", depth)) response.DomainName = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "DefaultExpirationDays", depth)) response.DefaultExpirationDays = NullableIntUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "DefaultEncryptionKey", depth)) response.DefaultEncryptionKey = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "DeadLetterQueueUrl", depth)) response.DeadLetterQueueUrl = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "Stats", depth)) response.Stats = DomainStatsUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "CreatedAt", depth)) response.CreatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "LastUpdatedAt", depth)) response.LastUpdatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "Tags", depth)) response.Tags = Tags.Unmarshaller.Unmarshall(input, ref reader);
            }
        }

        return response;
    }
}

public sealed class CreateDomainRequestMarshaller : IMarshaller<IRequest, CreateDomainRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static CreateDomainRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((CreateDomainRequest)input);

    public IRequest Marshall(CreateDomainRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "POST", "/domains/{DomainName}");
        request.AddLabel("DomainName", publicRequest.DomainName);
        request.UseJsonBody();
        JsonBody.Write(request, context =>
        {
            if (publicRequest.DeadLetterQueueUrl is not null)
            {
                context.Writer.WriteString("DeadLetterQueueUrl", publicRequest.DeadLetterQueueUrl);
            }

            if (publicRequest.DefaultEncryptionKey is not null)
            {
                context.Writer.WriteString("DefaultEncryptionKey", publicRequest.DefaultEncryptionKey);
            }

            if (publicRequest.DefaultExpirationDays is { } days)
            {
                context.Writer.WriteNumber("DefaultExpirationDays", days);
            }

            if (publicRequest.Tags is { Count: > 0 } tags)
            {
                context.WriteStringMap("Tags", tags);
            }
        });
        return request;
    }
}

public sealed class CreateDomainResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    public static CreateDomainResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new CreateDomainResponse();
        var reader = JsonObject.Reader(input);
        if (JsonObject.Open(input, ref reader, out var depth))
        {
            while (JsonObject.NextMember(input, ref reader, depth))
            {
                if (JsonObject.Is(input, ref reader, "DomainName", depth)) response.DomainName = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "DefaultExpirationDays", depth)) response.DefaultExpirationDays = NullableIntUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "DefaultEncryptionKey", depth)) response.DefaultEncryptionKey = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "DeadLetterQueueUrl", depth)) response.DeadLetterQueueUrl = StringUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "CreatedAt", depth)) response.CreatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "LastUpdatedAt", depth)) response.LastUpdatedAt = NullableDateTimeUnmarshaller.Instance.Unmarshall(input, ref reader);
                else if (JsonObject.Is(input, ref reader, "Tags", depth)) response.Tags = Tags.Unmarshaller.Unmarshall(input, ref reader);
            }
        }

        return response;
    }
}
