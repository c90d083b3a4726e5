using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis.Model.Internal.MarshallTransformations;

/// <summary>Every awsJson1.1 call: POST / with the operation in X-Amz-Target and the whole input as the JSON body.</summary>
internal static class AwsJsonRequest
{
    public static IRequest Create(AmazonWebServiceRequest publicRequest, string operation, Action<JsonMarshallerContext> members)
    {
        var request = new DefaultRequest(publicRequest, "Amazon.Kinesis");
        request.Headers["X-Amz-Target"] = "Kinesis_20131202." + operation;
        request.Headers["Content-Type"] = "application/x-amz-json-1.1";
        request.HttpMethod = "POST";
        request.ResourcePath = "/";
        JsonBody.Write(request, members);
        return request;
    }

    public static void WriteIfSet(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteIfSet(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    public static void WriteIfSet(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }
}
