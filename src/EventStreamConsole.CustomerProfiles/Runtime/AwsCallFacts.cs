using System.Collections;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// What our pipeline step learned about a failed call, kept on the exception itself (<see cref="Exception.Data"/>) so it
/// travels with any exception type, ours or AWSSDK's: the operation, how many attempts were made, and whether an earlier
/// attempt may have been applied although it did not answer. AWS's exceptions carry none of this.
/// </summary>
public static class AwsCallFacts
{
    private const string OperationKey = "EventStreamConsole.Aws.Operation";
    private const string AttemptsKey = "EventStreamConsole.Aws.Attempts";
    private const string EarlierAttemptKey = "EventStreamConsole.Aws.EarlierAttemptMayHaveApplied";

    /// <summary>The operation that failed, e.g. "TagResource" or "Kinesis.ListStreams"; null for a failure outside a call.</summary>
    public static string? Operation(this Exception exception) => Find(exception, OperationKey) as string;

    /// <summary>How many attempts the client made before giving up (1 when it was not retried or is unknown).</summary>
    public static int Attempts(this Exception exception) => Find(exception, AttemptsKey) as int? ?? 1;

    /// <summary>
    /// Whether an earlier attempt ended without a definite answer (5xx, timeout, dropped connection), so the change it
    /// carried may have been applied. A throttled or rejected attempt applied nothing.
    /// </summary>
    public static bool EarlierAttemptMayHaveApplied(this Exception exception) => Find(exception, EarlierAttemptKey) as bool? ?? false;

    internal static void Record(Exception exception, string operation, int attempts, bool earlierAttemptMayHaveApplied)
    {
        exception.Data[OperationKey] = operation;
        exception.Data[AttemptsKey] = attempts;
        exception.Data[EarlierAttemptKey] = earlierAttemptMayHaveApplied;
    }

    private static object? Find(Exception exception, string key)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current.Data is IDictionary data && data.Contains(key))
            {
                return data[key];
            }
        }

        return null;
    }
}
