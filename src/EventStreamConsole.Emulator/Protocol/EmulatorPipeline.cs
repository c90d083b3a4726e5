using EventStreamConsole.Emulator.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>
/// What every emulated call goes through, in AWS's order: a request id, SigV4 credential scope (service and region),
/// admission of its (account, region), counting, throttling (429), injected faults, the operation, and errors in the
/// protocol's wire form. Bad input is always a typed 4xx: a 500 means the emulator itself failed.
/// </summary>
public sealed class EmulatorPipeline(
    ThrottleGate throttle,
    FaultInjector faults,
    RequestCounter counter,
    ScopeRegistry scopes,
    IOptionsMonitor<EmulatorOptions> options,
    TimeProvider time,
    ILogger<EmulatorPipeline> logger)
{
    public const string RestJsonContentType = AwsErrorWriter.RestJsonContentType;
    public const string AwsJsonContentType = AwsErrorWriter.AwsJsonContentType;

    public Task RunAsync(HttpContext context, string operation, bool awsJson, Func<Scope, CancellationToken, Task<byte[]>> handler) =>
        GuardAsync(context, operation, awsJson, async cancellationToken =>
        {
            var caller = AwsCaller.Parse(context.Request.Headers.Authorization, awsJson);
            var scope = new Scope(caller.AccountId, caller.Region);
            if (!scopes.TryAdmit(scope))
            {
                var message = $"The emulator already keeps {scopes.Limit} account/region pairs apart (Emulator:Limits:MaxAccountRegions); " +
                    $"account {scope.AccountId} in {scope.Region} would be one more. Reset it (POST /_emulator/reset) or raise the limit.";
                throw awsJson ? EmulatorException.Kinesis("InvalidArgumentException", message) : EmulatorException.BadRequest(message);
            }

            var allowed = throttle.TryEnter(scope, operation);
            counter.Record(scope, operation, throttled: !allowed);
            if (!allowed)
            {
                throw awsJson
                    ? EmulatorException.Kinesis("LimitExceededException", $"Rate exceeded for {operation} in account {scope.AccountId}.")
                    : EmulatorException.Throttled(operation);
            }

            var fault = faults.Decide(operation, caller.Region);
            if (fault.Latency > TimeSpan.Zero)
            {
                await Task.Delay(fault.Latency, time, cancellationToken);
            }

            if (fault.Failure is { DropConnection: true })
            {
                context.Abort();
                return;
            }

            if (fault.Failure is { AfterApply: false } beforeFault)
            {
                throw Injected(beforeFault, operation);
            }

            var body = await handler(scope, cancellationToken);
            if (fault.Failure is { } afterFault)
            {
                throw Injected(afterFault, operation);
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = awsJson ? AwsJsonContentType : RestJsonContentType;
            await context.Response.Body.WriteAsync(body, cancellationToken);
        });

    /// <summary>
    /// Answers a call that names no operation of the service with <paramref name="error"/>, after its signature is
    /// checked as any call's is; it is not counted or throttled, so invented operation names leave nothing behind.
    /// </summary>
    public Task RefuseAsync(HttpContext context, bool awsJson, EmulatorException error) =>
        GuardAsync(context, "(unknown operation)", awsJson, _ =>
        {
            AwsCaller.Parse(context.Request.Headers.Authorization, awsJson);
            throw error;
        });

    private async Task GuardAsync(HttpContext context, string operation, bool awsJson, Func<CancellationToken, Task> call)
    {
        var requestId = AwsErrorWriter.RequestId(context);
        var cancellationToken = context.RequestAborted;
        try
        {
            await call(cancellationToken);
        }
        catch (EmulatorException ex)
        {
            await AwsErrorWriter.WriteAsync(context, ex, awsJson, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Kestrel's verdict on the body's framing: too large, broken chunked encoding, shorter than Content-Length.
            var error = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? EmulatorException.TooLarge(options.CurrentValue.Limits.MaxRequestBodyBytes)
                : EmulatorException.BadBody(awsJson, $"The request body could not be read: {ex.Message}");
            await AwsErrorWriter.WriteAsync(context, error, awsJson, cancellationToken);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Emulated {Operation} failed unexpectedly (request {RequestId})", operation, requestId);
            await AwsErrorWriter.WriteAsync(context, new EmulatorException("InternalServerException", 500, "The emulator failed to process the request."), awsJson, cancellationToken);
        }
    }

    private static EmulatorException Injected(FaultRule rule, string operation) =>
        new(rule.ErrorType, rule.StatusCode, $"Injected fault for {operation}: {rule.ErrorType}.");
}
