namespace EventStreamConsole.Emulator.Wire;

public sealed class ListEventStreamsRequest
{
    public string DomainName { get; set; } = "";

    /// <summary>1 to 100; the service's default applies when unset.</summary>
    public int? MaxResults { get; set; }

    public string? NextToken { get; set; }
}

public sealed class ListEventStreamsResponse : WireResponse
{
    public List<EventStreamSummary> Items { get; set; } = [];
    public string? NextToken { get; set; }
}

public sealed class EventStreamSummary
{
    public string DomainName { get; set; } = "";
    public string EventStreamName { get; set; } = "";
    public string EventStreamArn { get; set; } = "";
    public EventStreamState State { get; set; }
    public DateTime? StoppedSince { get; set; }
    public DestinationSummary? DestinationSummary { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

/// <summary>The destination as list calls report it: no Message (only GetEventStream has one).</summary>
public sealed class DestinationSummary
{
    public string Uri { get; set; } = "";
    public EventStreamDestinationStatus Status { get; set; }
    public DateTime? UnhealthySince { get; set; }
}
