using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles.Model.Internal.MarshallTransformations;

/// <summary>
/// What every Customer Profiles response unmarshaller shares: error responses become the modeled exception type
/// (the core reads the code from the body's __type/code or the X-Amzn-ErrorType header), others the service's base type.
/// </summary>
public abstract class CustomerProfilesResponseUnmarshaller : JsonResponseUnmarshaller
{
    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = JsonObject.Reader(input);
        var error = JsonErrorResponseUnmarshaller.GetInstance().Unmarshall(input, ref reader);
        error.InnerException = innerException;
        error.StatusCode = statusCode;
        return Create(error);
    }

    internal static AmazonCustomerProfilesException Create(ErrorResponse e) => e.Code switch
    {
        "BadRequestException" => new BadRequestException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "AccessDeniedException" => new AccessDeniedException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "ResourceNotFoundException" => new ResourceNotFoundException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "ThrottlingException" => new ThrottlingException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "InternalServerException" => new InternalServerException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        _ => new AmazonCustomerProfilesException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
    };
}
