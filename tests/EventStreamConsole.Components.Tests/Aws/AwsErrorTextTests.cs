using System.Net;
using Amazon.CustomerProfiles.Model;
using Amazon.Runtime;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.Tests.Aws;

public sealed class AwsErrorTextTests
{
    [Fact]
    public void Describe_AccessDenied_NamesMissingPermissionOfRecordedOperation() =>
        Assert.Equal("Access denied: your AWS identity needs the IAM permission profile:CreateEventStream. User is not authorized. (AccessDeniedException · request id rid-1)",
            AwsErrorText.Describe(Failed(new AccessDeniedException("User is not authorized", null, ErrorType.Sender, "AccessDeniedException", "rid-1", HttpStatusCode.Forbidden), "CreateEventStream")));

    [Fact]
    public void Describe_KinesisAccessDenied_NamesKinesisPermission() =>
        Assert.Contains("kinesis:ListStreams", AwsErrorText.Describe(Failed(Error("AccessDeniedException", "no", HttpStatusCode.Forbidden), "Kinesis.ListStreams")), StringComparison.Ordinal);

    [Fact]
    public void Describe_AccessDeniedWithoutOperation_SaysAccessDenied() =>
        Assert.StartsWith("Access denied. no", AwsErrorText.Describe(Error("AccessDeniedException", "no", HttpStatusCode.Forbidden)), StringComparison.Ordinal);

    [Fact]
    public void Describe_Throttled_SaysToRetryNamingOperation() =>
        Assert.StartsWith("AWS is throttling GetEventStream", AwsErrorText.Describe(Failed(Error("ThrottlingException", "Rate exceeded", HttpStatusCode.TooManyRequests), "GetEventStream")), StringComparison.Ordinal);

    [Fact]
    public void Describe_KinesisLimitExceeded_IsThrottling() =>
        Assert.StartsWith("AWS is throttling ListStreams", AwsErrorText.Describe(Failed(Error("LimitExceededException", "Rate exceeded", HttpStatusCode.BadRequest), "Kinesis.ListStreams")), StringComparison.Ordinal);

    [Fact]
    public void Describe_Other_SentenceInFieldWordsThenTypeAndRequestId() =>
        Assert.Equal("Destination is bad. (BadRequestException · request id rid-1)", AwsErrorText.Describe(Error("BadRequestException", "Uri is bad", HttpStatusCode.BadRequest)));

    [Fact]
    public void Explain_BadRequest_PlainSentenceAndDetailsApart()
    {
        var explained = AwsErrorText.Explain(Error("BadRequestException", "EventStreamName is required.", HttpStatusCode.BadRequest));

        Assert.Equal("Stream name is required.", explained.Sentence);
        Assert.Equal("BadRequestException · request id rid-1", explained.Details);
        Assert.Equal("Stream name is required. (BadRequestException)", explained.WithoutRequestId);
    }

    [Fact]
    public void Explain_WithoutRequestId_DetailsAreTheTypeAlone() =>
        Assert.Equal("ResourceNotFoundException",
            AwsErrorText.Explain(new AmazonServiceException("gone", null, ErrorType.Sender, "ResourceNotFoundException", "", HttpStatusCode.NotFound)).Details);

    [Fact]
    public void Explain_FailedTo_SaysWhatCouldNotBeDoneFirst() =>
        Assert.Equal("The audit trail could not be read: Domain name is bad.",
            AwsErrorText.Explain(Error("BadRequestException", "DomainName is bad", HttpStatusCode.BadRequest), "The audit trail could not be read").Sentence);

    [Fact]
    public void Describe_TimeoutAfterRetries_NamesOperationAndAttempts() =>
        Assert.Equal("GetEventStream did not answer in time on any of 3 attempts. Check the network path to AWS, then try again.",
            AwsErrorText.Describe(Failed(new TimeoutException("The operation was canceled."), "GetEventStream", attempts: 3)));

    [Fact]
    public void Describe_ValidationFailure_IsTheRuleMessageInFieldWords() =>
        Assert.Equal("Stream name is required.", AwsErrorText.Describe(new RequestValidationException([new ValidationError("EventStreamName", "EventStreamName is required.")])));

    private static AmazonServiceException Error(string code, string message, HttpStatusCode status) =>
        new(message, null, ErrorType.Sender, code, "rid-1", status);

    /// <summary>What the client's attempt handler leaves on an exception that ends a call.</summary>
    private static Exception Failed(Exception exception, string operation, int attempts = 1)
    {
        AwsCallFacts.Record(exception, operation, attempts, earlierAttemptMayHaveApplied: false);
        return exception;
    }
}
