namespace EventStreamConsole.Emulator.Wire;

public sealed class DeleteEventStreamRequest
{
    public string DomainName { get; set; } = "";
    public string EventStreamName { get; set; } = "";
}

public sealed class DeleteEventStreamResponse : WireResponse;
