using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Service;

namespace EventStreamConsole.Aws;

/// <summary>
/// Turns any failure of a call into one sentence a person can act on, in the words of the forms, with the AWS error type and
/// request id kept apart as details. The operation that failed
/// is the one the client's pipeline recorded on the exception (<see cref="AwsCallFacts.Operation"/>).
/// </summary>
public static class AwsErrorText
{
    /// <summary>As <see cref="Describe(Exception)"/>, saying first what could not be done, unless the user's role is why.</summary>
    public static string Describe(Exception exception, string failedTo) => Explain(exception, failedTo).ToString();

    /// <summary><see cref="Explain(Exception)"/> on one line: the sentence, then the details in parentheses.</summary>
    public static string Describe(Exception exception) => Explain(exception).ToString();

    /// <summary>As <see cref="Explain(Exception)"/>, saying first what could not be done, unless the user's role is why.</summary>
    public static ErrorExplanation Explain(Exception exception, string failedTo)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var explained = Explain(exception);
        return exception is ConsoleAccessDeniedException ? explained : explained with { Sentence = $"{failedTo}: {explained.Sentence}" };
    }

    /// <summary>The failure in plain words, with the field names of the forms; the AWS error type and request id as details.</summary>
    public static ErrorExplanation Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var operation = exception.Operation();
        return exception switch
        {
            AmazonServiceException { ErrorCode: "AccessDeniedException" } ex =>
                new($"Access denied{(operation is null ? "" : $": your AWS identity needs the IAM permission {Permission(operation)}")}. {FieldWords.Sentence(ex.Message)}", Details(ex), TypeOf(ex)),
            AmazonServiceException ex when AttemptHandler.IsThrottling(ex) =>
                new($"AWS is throttling {(operation is null ? "this call" : Name(operation))} and retries did not get through; try again in a moment.", Details(ex), TypeOf(ex)),
            AmazonServiceException ex => new(FieldWords.Sentence(ex.Message is { Length: > 0 } message ? message : $"AWS refused the call (HTTP {(int)ex.StatusCode})"), Details(ex), TypeOf(ex)),
            RequestValidationException ex => new(FieldWords.Sentence(ex.Message)),
            // The console's own role check: its message names the role that is missing.
            ConsoleAccessDeniedException ex => new(ex.Message),
            TimeoutException => new($"{(operation is null ? "AWS" : Name(operation))} did not answer in time{(exception.Attempts() > 1 ? $" on any of {exception.Attempts()} attempts" : "")}. Check the network path to AWS, then try again."),
            HttpRequestException or IOException => new($"Could not reach the AWS endpoint: {exception.Message}"),
            AmazonClientException ex => new($"The AWS call could not be made (credentials or configuration): {ex.Message}"),
            _ => new(exception.Message),
        };
    }

    /// <summary>"BadRequestException · request id rid-1": what AWS support asks for.</summary>
    private static string Details(AmazonServiceException ex)
    {
        var type = TypeOf(ex);
        return string.IsNullOrEmpty(ex.RequestId) ? type : $"{type} · request id {ex.RequestId}";
    }

    private static string TypeOf(AmazonServiceException ex) => ex.ErrorCode is { Length: > 0 } code ? code : $"HTTP {(int)ex.StatusCode}";

    /// <summary>The IAM action for an operation name, e.g. "CreateEventStream" becomes "profile:CreateEventStream".</summary>
    private static string Permission(string operation) =>
        operation.StartsWith(AwsOperation.KinesisPrefix, StringComparison.Ordinal) ? "kinesis:" + Name(operation) : "profile:" + operation;

    private static string Name(string operation) =>
        operation.StartsWith(AwsOperation.KinesisPrefix, StringComparison.Ordinal) ? operation[AwsOperation.KinesisPrefix.Length..] : operation;
}
