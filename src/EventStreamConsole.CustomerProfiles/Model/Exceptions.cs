using EventStreamConsole.CustomerProfiles.Runtime;

namespace EventStreamConsole.CustomerProfiles.Model;

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

    public AmazonCustomerProfilesException(AwsErrorDetails details) : base(details)
    {
    }

    internal static AmazonCustomerProfilesException Create(AwsErrorDetails details) => details.ErrorCode switch
    {
        "BadRequestException" => new BadRequestException(details),
        "AccessDeniedException" => new AccessDeniedException(details),
        "ResourceNotFoundException" => new ResourceNotFoundException(details),
        "ThrottlingException" => new ThrottlingException(details),
        "InternalServerException" => new InternalServerException(details),
        _ => new AmazonCustomerProfilesException(details),
    };
}

/// <summary>HTTP 400: the input failed a model rule or a quota.</summary>
public sealed class BadRequestException(AwsErrorDetails details) : AmazonCustomerProfilesException(details);

/// <summary>HTTP 403: the caller lacks the IAM permission for the operation.</summary>
public sealed class AccessDeniedException(AwsErrorDetails details) : AmazonCustomerProfilesException(details);

/// <summary>HTTP 404: the domain, stream or resource does not exist (or access was denied).</summary>
public sealed class ResourceNotFoundException(AwsErrorDetails details) : AmazonCustomerProfilesException(details);

/// <summary>HTTP 429: the operation's TPS quota was exceeded.</summary>
public sealed class ThrottlingException(AwsErrorDetails details) : AmazonCustomerProfilesException(details);

/// <summary>HTTP 500: the service failed.</summary>
public sealed class InternalServerException(AwsErrorDetails details) : AmazonCustomerProfilesException(details);
