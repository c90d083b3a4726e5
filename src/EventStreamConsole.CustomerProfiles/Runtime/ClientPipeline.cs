using Amazon.Runtime.Internal;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// What the console adds to the core's pipeline of each client: validation before marshalling, and inside the retry
/// loop (so every attempt, retries included, goes through them) pacing and then the attempt bookkeeping.
/// </summary>
public sealed class ClientPipeline(AwsRateLimiter rateLimiter, AwsClientOptions options, ILogger logger)
{
    public void AddTo(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.AddHandlerBefore<Marshaller>(new RequestValidationHandler());
        // Each AddHandlerAfter<RetryHandler> goes directly inside the retry handler: pacing ends up outermost.
        pipeline.AddHandlerAfter<RetryHandler>(new AttemptHandler(logger));
        pipeline.AddHandlerAfter<RetryHandler>(new PacingHandler(rateLimiter, options));
    }
}
