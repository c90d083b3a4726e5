namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>
/// One generated bad request, as raw HTTP/1.1 bytes. <see cref="Abandoned"/> closes the sending side before the body is
/// complete: Kestrel then treats the client as gone, so no answer is a valid outcome; every other case must be answered.
/// <see cref="Admin"/> calls answer in the admin API's own form ({"Message"}), so they are not held to an AWS error type.
/// </summary>
public sealed record FuzzCase(string Category, string Description, byte[] Request, bool Abandoned = false, bool Admin = false);
