using System.Net;
using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.Service.Changes;

/// <summary>Whether a failed change may nevertheless have been applied by AWS, so that only a read can tell.</summary>
public static class ChangeOutcome
{
    public static bool MayHaveApplied(Exception exception) => exception switch
    {
        OperationCanceledException or RequestValidationException => false,
        // A definite refusal is a 4xx answer to the only attempt that reached AWS; anything after a lost answer is not.
        AmazonServiceException ex => ex.EarlierAttemptMayHaveApplied() || ex.StatusCode >= HttpStatusCode.InternalServerError || ex.StatusCode == HttpStatusCode.RequestTimeout,
        // A name that did not resolve or a connection that was never made sent nothing.
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError } => false,
        HttpRequestException => true,
        _ => false,
    };
}
