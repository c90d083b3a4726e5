using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Service;

namespace EventStreamConsole.Aws;

/// <summary>
/// Turns any failure of a call into one sentence a person can act on, with the AWS request id. The operation that failed
/// is the one the client's pipeline recorded on the exception (<see cref="AwsCallFacts.Operation"/>).
/// </summary>
public static class AwsErrorText
{
    /// <summary>As <see cref="Describe(Exception)"/>, saying first what could not be done, unless the user's role is why.</summary>
    public static string Describe(Exception exception, string failedTo)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is ConsoleAccessDeniedException ? Describe(exception) : $"{failedTo}: {Describe(exception)}";
    }

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var operation = exception.Operation();
        return exception switch
        {
            AmazonServiceException { ErrorCode: "AccessDeniedException" } ex =>
                $"Access denied{(operation is null ? "" : $": your AWS identity needs the IAM permission {Permission(operation)}")}. {ex.Message}{RequestId(ex)}",
            AmazonServiceException ex when AttemptHandler.IsThrottling(ex) =>
                $"AWS is throttling {(operation is null ? "this call" : Name(operation))} and retries did not get through; try again in a moment.{RequestId(ex)}",
            AmazonServiceException ex => $"{ex.ErrorCode ?? $"HTTP {(int)ex.StatusCode}"}: {ex.Message}{RequestId(ex)}",
            RequestValidationException ex => ex.Message,
            // The console's own role check: its message names the role that is missing.
            ConsoleAccessDeniedException ex => ex.Message,
            TimeoutException => $"{(operation is null ? "AWS" : Name(operation))} did not answer in time{(exception.Attempts() > 1 ? $" on any of {exception.Attempts()} attempts" : "")}. Check the network path to AWS, then try again.",
            HttpRequestException or IOException => $"Could not reach the AWS endpoint: {exception.Message}",
            AmazonClientException ex => $"The AWS call could not be made (credentials or configuration): {ex.Message}",
            _ => exception.Message,
        };
    }

    /// <summary>The IAM action for an operation name, e.g. "CreateEventStream" becomes "profile:CreateEventStream".</summary>
    private static string Permission(string operation) =>
        operation.StartsWith(AwsOperation.KinesisPrefix, StringComparison.Ordinal) ? "kinesis:" + Name(operation) : "profile:" + operation;

    private static string Name(string operation) =>
        operation.StartsWith(AwsOperation.KinesisPrefix, StringComparison.Ordinal) ? operation[AwsOperation.KinesisPrefix.Length..] : operation;

    private static string RequestId(AmazonServiceException ex) => string.IsNullOrEmpty(ex.RequestId) ? "" : $" (request id {ex.RequestId})";
}
