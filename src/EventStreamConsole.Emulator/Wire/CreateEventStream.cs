using System.Text.Json.Serialization;

namespace EventStreamConsole.Emulator.Wire;

public sealed class CreateEventStreamRequest
{
    [JsonIgnore] public string DomainName { get; set; } = "";
    [JsonIgnore] public string EventStreamName { get; set; } = "";

    /// <summary>The Kinesis Data Stream ARN to export to (named Uri on the wire).</summary>
    public string Uri { get; set; } = "";

    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class CreateEventStreamResponse : WireResponse
{
    public string EventStreamArn { get; set; } = "";
    public Dictionary<string, string>? Tags { get; set; }
}
