using System.Collections.ObjectModel;
using Amazon.Runtime;

namespace EventStreamConsole.CustomerProfiles.Sdk;

/// <summary>The defaults modes (AWS_DEFAULTS_MODE) every generated config offers, with the values AWS publishes for them.</summary>
internal static class DefaultConfigurations
{
    public static ReadOnlyCollection<IDefaultConfiguration> All { get; } = new(
    [
        Mode(DefaultConfigurationMode.Standard, 3100),
        Mode(DefaultConfigurationMode.InRegion, 1100),
        Mode(DefaultConfigurationMode.CrossRegion, 3100),
        Mode(DefaultConfigurationMode.Mobile, 30000),
        Mode(DefaultConfigurationMode.Auto, 1100),
    ]);

    private static DefaultConfiguration Mode(DefaultConfigurationMode name, int connectMilliseconds) => new()
    {
        Name = name,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = TimeSpan.FromMilliseconds(connectMilliseconds),
        TlsNegotiationTimeout = TimeSpan.FromMilliseconds(connectMilliseconds),
        TimeToFirstByteTimeout = null,
        HttpRequestTimeout = null,
    };
}
