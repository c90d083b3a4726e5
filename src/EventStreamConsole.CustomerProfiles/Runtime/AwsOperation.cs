using Amazon.Runtime;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// The name our quotas, metrics and error sentences use for the call a pipeline is running: the request type without
/// "Request", with "Kinesis." in front for Kinesis (e.g. "CreateEventStream", "Kinesis.ListStreams").
/// </summary>
public static class AwsOperation
{
    public const string KinesisPrefix = "Kinesis.";

    public static string Of(IRequestContext requestContext)
    {
        ArgumentNullException.ThrowIfNull(requestContext);
        var name = requestContext.OriginalRequest?.GetType().Name ?? requestContext.RequestName ?? "";
        if (name.EndsWith("Request", StringComparison.Ordinal))
        {
            name = name[..^"Request".Length];
        }

        return IsKinesis(requestContext.ClientConfig) ? KinesisPrefix + name : name;
    }

    /// <summary>The region the client calls, also when it calls a custom endpoint (then the signing region).</summary>
    public static string Region(IClientConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.RegionEndpoint?.SystemName ?? config.AuthenticationRegion ?? "";
    }

    private static bool IsKinesis(IClientConfig config) => string.Equals(config.ServiceId, "Kinesis", StringComparison.Ordinal);
}
