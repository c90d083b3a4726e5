using System.Net;
using System.Text.Json.Serialization;

namespace EventStreamConsole.Emulator.Wire;

/// <summary>What the emulator's answers have in common (status and request id are set by the pipeline, not the body).</summary>
public abstract class WireResponse
{
    [JsonIgnore] public HttpStatusCode HttpStatusCode { get; set; }
    [JsonIgnore] public string? RequestId { get; set; }
}
