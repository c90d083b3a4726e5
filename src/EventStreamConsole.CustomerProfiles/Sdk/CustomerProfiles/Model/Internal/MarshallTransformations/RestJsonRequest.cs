using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Util;

namespace Amazon.CustomerProfiles.Model.Internal.MarshallTransformations;

/// <summary>The restJson1 request every operation starts from: method, API version header, required path labels.</summary>
internal static class RestJsonRequest
{
    public static IRequest Create(AmazonWebServiceRequest publicRequest, string method, string resourcePath)
    {
        var request = new DefaultRequest(publicRequest, "Amazon.CustomerProfiles");
        request.Headers[Amazon.Util.HeaderKeys.XAmzApiVersion] = "2020-08-15";
        request.HttpMethod = method;
        request.ResourcePath = resourcePath;
        return request;
    }

    public static void AddLabel(this IRequest request, string name, string? value)
    {
        if (value is null)
        {
            throw new AmazonCustomerProfilesException($"Request object does not have required field {name} set");
        }

        request.AddPathResource("{" + name + "}", StringUtils.FromString(value));
    }

    public static void AddQuery(this IRequest request, string name, string? value)
    {
        if (value is not null)
        {
            request.Parameters.Add(name, value);
        }
    }

    public static void AddQuery(this IRequest request, string name, int? value)
    {
        if (value is not null)
        {
            request.Parameters.Add(name, StringUtils.FromInt(value.Value));
        }
    }

    public static void UseJsonBody(this IRequest request) => request.Headers["Content-Type"] = "application/json";
}
