using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis.Model.Internal.MarshallTransformations;

/// <summary>What every Kinesis response unmarshaller shares: error responses become the modeled exception type.</summary>
public abstract class KinesisResponseUnmarshaller : JsonResponseUnmarshaller
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

    internal static AmazonKinesisException Create(ErrorResponse e) => e.Code switch
    {
        "ResourceNotFoundException" => new ResourceNotFoundException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "ResourceInUseException" => new ResourceInUseException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "LimitExceededException" => new LimitExceededException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "InvalidArgumentException" => new InvalidArgumentException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "AccessDeniedException" => new AccessDeniedException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "ExpiredNextTokenException" => new ExpiredNextTokenException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        "ValidationException" => new ValidationException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
        _ => new AmazonKinesisException(e.Message, e.InnerException, e.Type, e.Code, e.RequestId, e.StatusCode),
    };
}
