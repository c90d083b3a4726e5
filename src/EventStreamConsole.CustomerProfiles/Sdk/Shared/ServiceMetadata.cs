using Amazon.Runtime.Internal;

namespace EventStreamConsole.CustomerProfiles.Sdk;

/// <summary>The service id the core's retry and telemetry code keys on; no operation is renamed.</summary>
internal sealed class ServiceMetadata(string serviceId) : IServiceMetadata
{
    public string ServiceId { get; } = serviceId;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
