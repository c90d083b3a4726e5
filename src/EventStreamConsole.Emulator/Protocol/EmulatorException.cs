namespace EventStreamConsole.Emulator.Protocol;

/// <summary>An AWS error the emulator answers with: the wire type, the HTTP status and a message.</summary>
public sealed class EmulatorException(string errorType, int statusCode, string message) : Exception(message)
{
    public string ErrorType { get; } = errorType;

    public int StatusCode { get; } = statusCode;

    public static EmulatorException BadRequest(string message) => new("BadRequestException", 400, message);

    public static EmulatorException NotFound(string message) => new("ResourceNotFoundException", 404, message);

    public static EmulatorException Throttled(string operation) =>
        new("ThrottlingException", 429, $"Rate exceeded for {operation}.");

    // Kinesis (awsJson1.1) reports every client error with HTTP 400.
    public static EmulatorException Kinesis(string errorType, string message) => new(errorType, 400, message);
}
