using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles.Model.Internal.MarshallTransformations;

// The tag operations bind lower-case members (resourceArn, tags, tagKeys), unlike the rest of the service.

public sealed class TagResourceRequestMarshaller : IMarshaller<IRequest, TagResourceRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static TagResourceRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((TagResourceRequest)input);

    public IRequest Marshall(TagResourceRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "POST", "/tags/{resourceArn}");
        request.AddLabel("resourceArn", publicRequest.ResourceArn);
        request.UseJsonBody();
        JsonBody.Write(request, context =>
        {
            if (publicRequest.Tags is not null)
            {
                context.WriteStringMap("tags", publicRequest.Tags);
            }
        });
        return request;
    }
}

public sealed class TagResourceResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    public static TagResourceResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) => new TagResourceResponse();
}

public sealed class UntagResourceRequestMarshaller : IMarshaller<IRequest, UntagResourceRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static UntagResourceRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((UntagResourceRequest)input);

    public IRequest Marshall(UntagResourceRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "DELETE", "/tags/{resourceArn}");
        if (publicRequest.TagKeys is null)
        {
            throw new AmazonCustomerProfilesException("Request object does not have required field TagKeys set");
        }

        request.ParameterCollection.Add("tagKeys", publicRequest.TagKeys);
        request.AddLabel("resourceArn", publicRequest.ResourceArn);
        request.UseQueryString = true;
        return request;
    }
}

public sealed class UntagResourceResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    public static UntagResourceResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) => new UntagResourceResponse();
}

public sealed class ListTagsForResourceRequestMarshaller : IMarshaller<IRequest, ListTagsForResourceRequest>, IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static ListTagsForResourceRequestMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((ListTagsForResourceRequest)input);

    public IRequest Marshall(ListTagsForResourceRequest publicRequest)
    {
        var request = RestJsonRequest.Create(publicRequest, "GET", "/tags/{resourceArn}");
        request.AddLabel("resourceArn", publicRequest.ResourceArn);
        return request;
    }
}

public sealed class ListTagsForResourceResponseUnmarshaller : CustomerProfilesResponseUnmarshaller
{
    public static ListTagsForResourceResponseUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        var response = new ListTagsForResourceResponse();
        var reader = JsonObject.Reader(input);
        if (JsonObject.Open(input, ref reader, out var depth))
        {
            while (JsonObject.NextMember(input, ref reader, depth))
            {
                if (JsonObject.Is(input, ref reader, "tags", depth)) response.Tags = Tags.Unmarshaller.Unmarshall(input, ref reader);
            }
        }

        return response;
    }
}
