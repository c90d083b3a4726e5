using System.Text.Encodings.Web;
using System.Text.Json;
using EventStreamConsole.Emulator.State;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>
/// What every emulated call goes through, in AWS's order: a request id, SigV4 credential scope (403 without it),
/// counting, throttling (429), injected faults, the operation, and errors in the protocol's wire form.
/// </summary>
public sealed class EmulatorPipeline(ThrottleGate throttle, FaultInjector faults, RequestCounter counter, TimeProvider time, ILogger<EmulatorPipeline> logger)
{
    public const string RestJsonContentType = "application/json";
    public const string AwsJsonContentType = "application/x-amz-json-1.1";

    public async Task RunAsync(HttpContext context, string operation, bool awsJson, Func<Scope, CancellationToken, Task<byte[]>> handler)
    {
        var requestId = Guid.NewGuid().ToString();
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        var cancellationToken = context.RequestAborted;
        try
        {
            var caller = AwsCaller.Parse(context.Request.Headers.Authorization);
            var scope = new Scope(caller.AccountId, caller.Region);
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
        }
        catch (EmulatorException ex)
        {
            await WriteErrorAsync(context, ex, awsJson, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Emulated {Operation} failed unexpectedly (request {RequestId})", operation, requestId);
            await WriteErrorAsync(context, new EmulatorException("InternalServerException", 500, "The emulator failed to process the request."), awsJson, cancellationToken);
        }
    }

    private static EmulatorException Injected(FaultRule rule, string operation) =>
        new(rule.ErrorType, rule.StatusCode, $"Injected fault for {operation}: {rule.ErrorType}.");

    private static async Task WriteErrorAsync(HttpContext context, EmulatorException error, bool awsJson, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = awsJson ? AwsJsonContentType : RestJsonContentType;
        context.Response.Headers["X-Amzn-ErrorType"] = error.ErrorType;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("__type", error.ErrorType);
            // restJson1 models name the member Message; Kinesis (awsJson1.1) sends lower-case message.
            writer.WriteString(awsJson ? "message" : "Message", error.Message);
            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.ToArray(), cancellationToken);
    }
}
