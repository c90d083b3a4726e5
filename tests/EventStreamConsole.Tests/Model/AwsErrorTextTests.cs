using System.Net;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.Model;

namespace EventStreamConsole.Tests.Model;

public sealed class AwsErrorTextTests
{
    [Fact]
    public void Describe_AccessDenied_NamesMissingPermission() =>
        Assert.Equal("Access denied: your AWS identity needs the IAM permission profile:CreateEventStream. User is not authorized (request id rid-1)",
            AwsErrorText.Describe(Error("AccessDeniedException", "User is not authorized", HttpStatusCode.Forbidden), "CreateEventStream"));

    [Fact]
    public void Describe_KinesisAccessDenied_NamesKinesisPermission() =>
        Assert.Contains("kinesis:ListStreams", AwsErrorText.Describe(Error("AccessDeniedException", "no", HttpStatusCode.Forbidden), "Kinesis.ListStreams"), StringComparison.Ordinal);

    [Fact]
    public void Describe_Throttled_SaysToRetry() =>
        Assert.StartsWith("AWS is throttling GetEventStream", AwsErrorText.Describe(Error("ThrottlingException", "Rate exceeded", HttpStatusCode.TooManyRequests), "GetEventStream"), StringComparison.Ordinal);

    [Fact]
    public void Describe_Other_CodeMessageAndRequestId() =>
        Assert.Equal("BadRequestException: Uri is bad (request id rid-1)", AwsErrorText.Describe(Error("BadRequestException", "Uri is bad", HttpStatusCode.BadRequest)));

    private static AmazonServiceException Error(string code, string message, HttpStatusCode status) =>
        new(new AwsErrorDetails(code, message, status, "rid-1"));
}
