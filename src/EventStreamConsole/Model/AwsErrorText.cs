using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.Model;

/// <summary>Turns any failure of a call into one sentence a person can act on, with the AWS request id.</summary>
public static class AwsErrorText
{
    public static string Describe(Exception exception, string? operation = null) => exception switch
    {
        AmazonServiceException { ErrorCode: "AccessDeniedException" } ex =>
            $"Access denied{(operation is null ? "" : $": your AWS identity needs the IAM permission {Permission(operation)}")}. {ex.Message}{RequestId(ex)}",
        AmazonServiceException { ErrorCode: "ThrottlingException" or "LimitExceededException" } ex =>
            $"AWS is throttling {(operation ?? "this call")} and retries did not get through; try again in a moment.{RequestId(ex)}",
        AmazonServiceException { ErrorCode: "RequestTimeout" } ex => $"{ex.Message} Check the network path to AWS, then try again.",
        AmazonServiceException ex => $"{ex.ErrorCode}: {ex.Message}{RequestId(ex)}",
        RequestValidationException ex => ex.Message,
        HttpRequestException ex => $"Could not reach the AWS endpoint: {ex.Message}",
        Amazon.Runtime.AmazonClientException ex => $"AWS credentials could not be resolved: {ex.Message}",
        _ => exception.Message,
    };

    /// <summary>The IAM action for an operation name, e.g. "CreateEventStream" becomes "profile:CreateEventStream".</summary>
    private static string Permission(string operation) =>
        operation.StartsWith("Kinesis.", StringComparison.Ordinal) ? "kinesis:" + operation["Kinesis.".Length..] : "profile:" + operation;

    private static string RequestId(AmazonServiceException ex) => ex.RequestId is null ? "" : $" (request id {ex.RequestId})";
}
