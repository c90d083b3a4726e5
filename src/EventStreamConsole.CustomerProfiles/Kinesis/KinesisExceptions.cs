using EventStreamConsole.CustomerProfiles.Runtime;

namespace EventStreamConsole.CustomerProfiles.Kinesis.Model;

/// <summary>Any Kinesis error; unmodeled types arrive as this base type.</summary>
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

    public AmazonKinesisException(AwsErrorDetails details) : base(details)
    {
    }

    internal static AmazonKinesisException Create(AwsErrorDetails details) => details.ErrorCode switch
    {
        "ResourceNotFoundException" => new ResourceNotFoundException(details),
        "ResourceInUseException" => new ResourceInUseException(details),
        "LimitExceededException" => new LimitExceededException(details),
        "InvalidArgumentException" => new InvalidArgumentException(details),
        "AccessDeniedException" => new AccessDeniedException(details),
        "ExpiredNextTokenException" => new ExpiredNextTokenException(details),
        "ValidationException" => new ValidationException(details),
        _ => new AmazonKinesisException(details),
    };
}

public sealed class ResourceNotFoundException(AwsErrorDetails details) : AmazonKinesisException(details);

public sealed class ResourceInUseException(AwsErrorDetails details) : AmazonKinesisException(details);

/// <summary>Kinesis signals its own request throttling with this type.</summary>
public sealed class LimitExceededException(AwsErrorDetails details) : AmazonKinesisException(details);

public sealed class InvalidArgumentException(AwsErrorDetails details) : AmazonKinesisException(details);

public sealed class AccessDeniedException(AwsErrorDetails details) : AmazonKinesisException(details);

public sealed class ExpiredNextTokenException(AwsErrorDetails details) : AmazonKinesisException(details);

/// <summary>CreateStream's answer to an input that breaks one of the service's rules.</summary>
public sealed class ValidationException(AwsErrorDetails details) : AmazonKinesisException(details);
