using System.Net;
using Amazon.Runtime;

namespace Amazon.Kinesis;

/// <summary>Any Kinesis error; an error type the model does not list arrives as this base type.</summary>
public class AmazonKinesisException : AmazonServiceException
{
    public AmazonKinesisException()
    {
    }

    public AmazonKinesisException(string message) : base(message)
    {
    }

    public AmazonKinesisException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public AmazonKinesisException(Exception innerException) : base(innerException)
    {
    }

    public AmazonKinesisException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }

    public AmazonKinesisException(string message, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode)
    {
    }
}
