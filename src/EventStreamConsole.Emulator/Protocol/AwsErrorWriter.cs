using System.Text.Encodings.Web;
using System.Text.Json;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>Writes an error in the protocol's wire form: status, X-Amzn-ErrorType and a {"__type", message} body.</summary>
public static class AwsErrorWriter
{
    public const string RestJsonContentType = "application/json";
    public const string AwsJsonContentType = "application/x-amz-json-1.1";
    public const string RequestIdHeader = "x-amzn-RequestId";

    /// <summary>The request id of this answer, made once per request: every answer carries it, errors included.</summary>
    public static string RequestId(HttpContext context)
    {
        if (context.Response.Headers.TryGetValue(RequestIdHeader, out var existing) && existing.Count > 0 && !string.IsNullOrEmpty(existing[0]))
        {
            return existing[0]!;
        }

        var requestId = Guid.NewGuid().ToString();
        context.Response.Headers[RequestIdHeader] = requestId;
        return requestId;
    }

    public static async Task WriteAsync(HttpContext context, EmulatorException error, bool awsJson, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        RequestId(context);
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

        try
        {
            await context.Response.Body.WriteAsync(buffer.ToArray(), cancellationToken);
        }
        catch (Exception ex) when ((ex is IOException or OperationCanceledException) && context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone; the answer has nowhere to go.
        }
    }
}
