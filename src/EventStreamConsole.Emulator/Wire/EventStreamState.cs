using System.Text.Json.Serialization;

namespace EventStreamConsole.Emulator.Wire;

/// <summary>The operational state of an event stream's export (wire values RUNNING / STOPPED).</summary>
[JsonConverter(typeof(EventStreamStateConverter))]
public enum EventStreamState
{
    /// <summary>A value this client does not know yet; newer service versions may add states.</summary>
    Unknown = 0,
    Running,
    Stopped,
}

/// <summary>The health of an event stream's destination (wire values HEALTHY / UNHEALTHY).</summary>
[JsonConverter(typeof(EventStreamDestinationStatusConverter))]
public enum EventStreamDestinationStatus
{
    /// <summary>A value this client does not know yet.</summary>
    Unknown = 0,
    Healthy,
    Unhealthy,
}
