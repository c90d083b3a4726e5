using System.Net;
using Amazon.Runtime;

namespace Amazon.CustomerProfiles.Model;

// The five errors every Customer Profiles operation models, each with the constructors the SDK generates.

/// <summary>HTTP 400: the input failed a model rule or a quota.</summary>
public sealed class BadRequestException : AmazonCustomerProfilesException
{
    public BadRequestException() { }
    public BadRequestException(string message) : base(message) { }
    public BadRequestException(string message, Exception innerException) : base(message, innerException) { }
    public BadRequestException(Exception innerException) : base(innerException) { }
    public BadRequestException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>HTTP 403: the caller lacks the IAM permission for the operation.</summary>
public sealed class AccessDeniedException : AmazonCustomerProfilesException
{
    public AccessDeniedException() { }
    public AccessDeniedException(string message) : base(message) { }
    public AccessDeniedException(string message, Exception innerException) : base(message, innerException) { }
    public AccessDeniedException(Exception innerException) : base(innerException) { }
    public AccessDeniedException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>HTTP 404: the domain, stream or resource does not exist (or access was denied).</summary>
public sealed class ResourceNotFoundException : AmazonCustomerProfilesException
{
    public ResourceNotFoundException() { }
    public ResourceNotFoundException(string message) : base(message) { }
    public ResourceNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    public ResourceNotFoundException(Exception innerException) : base(innerException) { }
    public ResourceNotFoundException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>HTTP 429: the operation's TPS quota was exceeded.</summary>
public sealed class ThrottlingException : AmazonCustomerProfilesException
{
    public ThrottlingException() { }
    public ThrottlingException(string message) : base(message) { }
    public ThrottlingException(string message, Exception innerException) : base(message, innerException) { }
    public ThrottlingException(Exception innerException) : base(innerException) { }
    public ThrottlingException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}

/// <summary>HTTP 500: the service failed.</summary>
public sealed class InternalServerException : AmazonCustomerProfilesException
{
    public InternalServerException() { }
    public InternalServerException(string message) : base(message) { }
    public InternalServerException(string message, Exception innerException) : base(message, innerException) { }
    public InternalServerException(Exception innerException) : base(innerException) { }
    public InternalServerException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
