using System.Net;
using Amazon.Runtime;

namespace Amazon.Kinesis.Model;

// The errors the four Kinesis operations this console calls model, each with the constructors the SDK generates.

/// <summary>The stream does not exist (or is not visible to the caller).</summary>
public sealed class ResourceNotFoundException : AmazonKinesisException
{
    public ResourceNotFoundException() { }
    public ResourceNotFoundException(string message) : base(message) { }
    public ResourceNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    public ResourceNotFoundException(Exception innerException) : base(innerException) { }
    public ResourceNotFoundException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>The stream is not in a state that allows the call (e.g. still CREATING).</summary>
public sealed class ResourceInUseException : AmazonKinesisException
{
    public ResourceInUseException() { }
    public ResourceInUseException(string message) : base(message) { }
    public ResourceInUseException(string message, Exception innerException) : base(message, innerException) { }
    public ResourceInUseException(Exception innerException) : base(innerException) { }
    public ResourceInUseException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>Kinesis signals its own request throttling (and stream quotas) with this type.</summary>
public sealed class LimitExceededException : AmazonKinesisException
{
    public LimitExceededException() { }
    public LimitExceededException(string message) : base(message) { }
    public LimitExceededException(string message, Exception innerException) : base(message, innerException) { }
    public LimitExceededException(Exception innerException) : base(innerException) { }
    public LimitExceededException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>A parameter was outside what the API accepts.</summary>
public sealed class InvalidArgumentException : AmazonKinesisException
{
    public InvalidArgumentException() { }
    public InvalidArgumentException(string message) : base(message) { }
    public InvalidArgumentException(string message, Exception innerException) : base(message, innerException) { }
    public InvalidArgumentException(Exception innerException) : base(innerException) { }
    public InvalidArgumentException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>The caller lacks the IAM permission for the operation.</summary>
public sealed class AccessDeniedException : AmazonKinesisException
{
    public AccessDeniedException() { }
    public AccessDeniedException(string message) : base(message) { }
    public AccessDeniedException(string message, Exception innerException) : base(message, innerException) { }
    public AccessDeniedException(Exception innerException) : base(innerException) { }
    public AccessDeniedException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>The pagination token expired; start the listing again.</summary>
public sealed class ExpiredNextTokenException : AmazonKinesisException
{
    public ExpiredNextTokenException() { }
    public ExpiredNextTokenException(string message) : base(message) { }
    public ExpiredNextTokenException(string message, Exception innerException) : base(message, innerException) { }
    public ExpiredNextTokenException(Exception innerException) : base(innerException) { }
    public ExpiredNextTokenException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>The request failed a model constraint.</summary>
public sealed class ValidationException : AmazonKinesisException
{
    public ValidationException() { }
    public ValidationException(string message) : base(message) { }
    public ValidationException(string message, Exception innerException) : base(message, innerException) { }
    public ValidationException(Exception innerException) : base(innerException) { }
    public ValidationException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
