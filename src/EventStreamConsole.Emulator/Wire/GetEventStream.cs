namespace EventStreamConsole.Emulator.Wire;

public sealed class GetEventStreamRequest
{
    public string DomainName { get; set; } = "";
    public string EventStreamName { get; set; } = "";
}

/// <summary>GetEventStream's output. Unlike list items it has no EventStreamName, but its destination carries a Message.</summary>
public sealed class GetEventStreamResponse : WireResponse
{
    public string DomainName { get; set; } = "";
    public string EventStreamArn { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public EventStreamState State { get; set; }
    public DateTime? StoppedSince { get; set; }
    public EventStreamDestinationDetails DestinationDetails { get; set; } = new();
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class EventStreamDestinationDetails
{
    public string Uri { get; set; } = "";
    public EventStreamDestinationStatus Status { get; set; }
    public DateTime? UnhealthySince { get; set; }

    /// <summary>Why the destination is unhealthy; only GetEventStream returns it.</summary>
    public string? Message { get; set; }
}
