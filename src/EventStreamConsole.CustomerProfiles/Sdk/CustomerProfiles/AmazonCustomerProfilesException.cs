using System.Net;
using Amazon.Runtime;

namespace Amazon.CustomerProfiles;

/// <summary>Any Customer Profiles error; an error type the model does not list arrives as this base type.</summary>
public class AmazonCustomerProfilesException : AmazonServiceException
{
    public AmazonCustomerProfilesException()
    {
    }

    public AmazonCustomerProfilesException(string message) : base(message)
    {
    }

    public AmazonCustomerProfilesException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public AmazonCustomerProfilesException(Exception innerException) : base(innerException)
    {
    }

    public AmazonCustomerProfilesException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }

    public AmazonCustomerProfilesException(string message, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode)
    {
    }
}
