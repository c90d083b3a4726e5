namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>AWS's documented default TPS per operation (Connect service quotas; Kinesis API limits).</summary>
public static class OperationQuotas
{
    private static readonly Dictionary<string, double> s_defaults = new(StringComparer.Ordinal)
    {
        ["CreateEventStream"] = 1,
        ["GetEventStream"] = 5,
        ["ListEventStreams"] = 5,
        ["DeleteEventStream"] = 5,
        ["TagResource"] = 5,
        ["UntagResource"] = 5,
        ["ListTagsForResource"] = 5,
        ["ListDomains"] = 5,
        ["GetDomain"] = 5,
        ["CreateDomain"] = 1,
        ["Kinesis.ListStreams"] = 5,
        ["Kinesis.DescribeStreamSummary"] = 20,
        ["Kinesis.CreateStream"] = 5,
        ["Kinesis.DeleteStream"] = 5,
    };

    public static double For(string operation, IReadOnlyDictionary<string, double>? overrides = null) =>
        overrides is not null && overrides.TryGetValue(operation, out var tps) ? tps
        : s_defaults.TryGetValue(operation, out var defaultTps) ? defaultTps
        : 5;
}
