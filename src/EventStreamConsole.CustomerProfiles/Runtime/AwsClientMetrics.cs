using System.Diagnostics.Metrics;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Every attempt the client makes, by operation, region and outcome (success, throttled, error), on the
/// <c>EventStreamConsole.Aws</c> meter: throttling that retries absorbed is still visible to operators.
/// </summary>
public static class AwsClientMetrics
{
    public const string MeterName = "EventStreamConsole.Aws";

    private static readonly Meter s_meter = new(MeterName);
    private static readonly Counter<long> s_attempts = s_meter.CreateCounter<long>("aws.client.attempts", "{attempt}", "AWS API attempts by operation, region and outcome");

    public static void Record(string operation, string region, string outcome) =>
        s_attempts.Add(1, new KeyValuePair<string, object?>("aws.operation", operation), new KeyValuePair<string, object?>("aws.region", region),
            new KeyValuePair<string, object?>("outcome", outcome));
}
