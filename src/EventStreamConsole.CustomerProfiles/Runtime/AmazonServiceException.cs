using System.Net;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>An error answered by an AWS service (or our emulator), with everything needed to report it.</summary>
public class AmazonServiceException : Exception
{
    public AmazonServiceException()
    {
    }

    public AmazonServiceException(string message) : base(message)
    {
    }

    public AmazonServiceException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public AmazonServiceException(AwsErrorDetails details, Exception? innerException = null)
        : base(details.Message, innerException)
    {
        ErrorCode = details.ErrorCode;
        StatusCode = details.StatusCode;
        RequestId = details.RequestId;
    }

    /// <summary>The error type as the service named it, e.g. <c>BadRequestException</c>.</summary>
    public string ErrorCode { get; } = "";

    public HttpStatusCode StatusCode { get; }

    public string? RequestId { get; }

    /// <summary>How many attempts the client made before giving up (1 when it was not retried).</summary>
    public int Attempts { get; internal set; } = 1;

    /// <summary>
    /// Whether an earlier attempt ended without a definite answer (5xx, timeout, dropped connection), so the change
    /// it carried may have been applied. A throttled or rejected attempt applied nothing.
    /// </summary>
    public bool EarlierAttemptMayHaveApplied { get; internal set; }
}

/// <summary>The parsed parts of an error response.</summary>
public sealed record AwsErrorDetails(string ErrorCode, string Message, HttpStatusCode StatusCode, string? RequestId);
