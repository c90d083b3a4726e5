using System.Text.Json;
using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.Emulator.Operations;
using EventStreamConsole.Emulator.Protocol;

namespace EventStreamConsole.Emulator.Endpoints;

/// <summary>The Kinesis awsJson1.1 subset: POST / with X-Amz-Target: Kinesis_20131202.{Operation}.</summary>
public static class KinesisEndpoints
{
    private const string TargetPrefix = "Kinesis_20131202.";
    private static readonly WireJsonContext s_json = WireJsonContext.Default;

    private static readonly HashSet<string> s_operations = new(StringComparer.Ordinal)
    {
        "CreateStream", "DeleteStream", "ListStreams", "DescribeStreamSummary", "StartStreamEncryption", "StopStreamEncryption",
    };

    public static IEndpointRouteBuilder MapKinesisApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/", (HttpContext context) =>
        {
            var target = context.Request.Headers["X-Amz-Target"].ToString();
            var operation = target.StartsWith(TargetPrefix, StringComparison.Ordinal)
                ? target[TargetPrefix.Length..]
                : null;
            var pipeline = context.RequestServices.GetRequiredService<EmulatorPipeline>();
            if (operation is null || !s_operations.Contains(operation))
            {
                return pipeline.RefuseAsync(context, awsJson: true, EmulatorException.Kinesis("UnknownOperationException",
                    string.IsNullOrEmpty(target) ? "Missing X-Amz-Target header." : $"Operation '{Shorten(target)}' is not supported by this emulator."));
            }

            var kinesis = context.RequestServices.GetRequiredService<KinesisOperations>();
            return pipeline.RunAsync(context, "Kinesis." + operation, awsJson: true, async (scope, ct) =>
            {
                using var body = await JsonBody.ReadAsync(context.Request, m => EmulatorException.BadBody(awsJson: true, m), ct);
                return operation switch
                {
                    "CreateStream" => JsonSerializer.SerializeToUtf8Bytes(
                        kinesis.CreateStream(scope, body.String("StreamName"), body.Int("ShardCount"), StreamMode(body)), s_json.CreateStreamResponse),
                    "DeleteStream" => JsonSerializer.SerializeToUtf8Bytes(
                        kinesis.DeleteStream(scope, body.String("StreamName"), body.String("StreamARN")), s_json.DeleteStreamResponse),
                    "ListStreams" => JsonSerializer.SerializeToUtf8Bytes(
                        kinesis.ListStreams(scope, body.Int("Limit"), body.String("ExclusiveStartStreamName"), body.String("NextToken")), s_json.ListStreamsResponse),
                    "StartStreamEncryption" => JsonSerializer.SerializeToUtf8Bytes(
                        kinesis.StartStreamEncryption(scope, body.String("StreamName"), body.String("StreamARN"), body.String("EncryptionType"), body.String("KeyId")),
                        s_json.StartStreamEncryptionResponse),
                    "StopStreamEncryption" => JsonSerializer.SerializeToUtf8Bytes(
                        kinesis.StopStreamEncryption(scope, body.String("StreamName"), body.String("StreamARN"), body.String("EncryptionType"), body.String("KeyId")),
                        s_json.StopStreamEncryptionResponse),
                    _ => JsonSerializer.SerializeToUtf8Bytes(
                        kinesis.DescribeStreamSummary(scope, body.String("StreamName"), body.String("StreamARN")), s_json.DescribeStreamSummaryResponse),
                };
            });
        });
        return routes;
    }

    private static string Shorten(string value) => value.Length <= 128 ? value : string.Concat(value.AsSpan(0, 125), "...");

    private static string? StreamMode(JsonBody body)
    {
        var details = body.Object("StreamModeDetails");
        if (details is null || !details.Value.TryGetProperty("StreamMode", out var mode))
        {
            return null;
        }

        return mode.ValueKind == JsonValueKind.String
            ? mode.GetString()
            : throw EmulatorException.Kinesis("SerializationException", "StreamModeDetails.StreamMode must be a string.");
    }
}
