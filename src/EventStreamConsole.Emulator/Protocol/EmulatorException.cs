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

    /// <summary>A body that is not a JSON object of valid text: Customer Profiles' BadRequestException, awsJson's SerializationException.</summary>
    public static EmulatorException BadBody(bool awsJson, string message) =>
        awsJson ? Kinesis("SerializationException", message) : BadRequest(message);

    /// <summary>
    /// An authentication failure: 403 from a restJson1 service, 400 from an awsJson1.1 one, as AWS's front ends answer
    /// (e.g. InvalidSignatureException "Credential should be scoped to correct service: '…'.").
    /// </summary>
    public static EmulatorException Authentication(bool awsJson, string errorType, string message) =>
        new(errorType, awsJson ? 400 : 403, message);

    public static EmulatorException TooLarge(long limit) =>
        new("RequestEntityTooLargeException", 413, $"The request body is larger than {limit} bytes, the most this service accepts.");
}
