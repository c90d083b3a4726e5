using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Sits inside the core's retry loop, so it sees every attempt: counts it on the attempts meter (success, throttled,
/// error), remembers whether an attempt ended without a definite answer, and records the operation, the attempt count
/// and that ambiguity on the exception that ends the call (<see cref="AwsCallFacts"/>).
/// </summary>
public sealed class AttemptHandler(ILogger logger) : PipelineHandler
{
    private const string AttemptKey = "EventStreamConsole.Attempt";
    private const string AmbiguousKey = "EventStreamConsole.AmbiguousAttempt";

    public override void InvokeSync(IExecutionContext executionContext) =>
        throw new NotSupportedException("The console calls AWS asynchronously only.");

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var request = executionContext.RequestContext;
        var attributes = request.ContextAttributes;
        var attempt = (attributes.TryGetValue(AttemptKey, out var previous) ? (int)previous : 0) + 1;
        attributes[AttemptKey] = attempt;
        var operation = AwsOperation.Of(request);
        var region = AwsOperation.Region(request.ClientConfig);
        try
        {
            var response = await base.InvokeAsync<T>(executionContext);
            AwsClientMetrics.Record(operation, region, "success");
            return response;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && request.CancellationToken.IsCancellationRequested))
        {
            AwsClientMetrics.Record(operation, region, IsThrottling(ex) ? "throttled" : "error");
            var earlierMayHaveApplied = attributes.ContainsKey(AmbiguousKey);
            AwsCallFacts.Record(ex, operation, attempt, earlierMayHaveApplied);
            if (MayHaveApplied(ex))
            {
                attributes[AmbiguousKey] = true;
            }

            logger.LogDebug("{Operation} attempt {Attempt} failed ({Error})", operation, attempt, ex.Message);
            throw;
        }
    }

    /// <summary>Throttling as AWS's retry modes count it: HTTP 429 or a throttling error code.</summary>
    public static bool IsThrottling(Exception exception) => exception is AmazonServiceException ase &&
        (ase.StatusCode == HttpStatusCode.TooManyRequests || ase.Retryable?.Throttling == true ||
         ase.ErrorCode is "ThrottlingException" or "Throttling" or "TooManyRequestsException" or "LimitExceededException"
             or "RequestLimitExceeded" or "ProvisionedThroughputExceededException" or "RequestThrottled" or "SlowDown");

    /// <summary>An attempt that got no definite answer (5xx, 408, timeout, dropped connection) may still have been applied.</summary>
    public static bool MayHaveApplied(Exception exception) => exception switch
    {
        AmazonServiceException ase => ase.StatusCode >= HttpStatusCode.InternalServerError || ase.StatusCode == HttpStatusCode.RequestTimeout,
        AmazonClientException => false,
        _ => true,
    };
}
