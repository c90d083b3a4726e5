namespace EventStreamConsole.Emulator;

/// <summary>Settings of the emulator (configuration section <c>Emulator</c>).</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    /// <summary>SQLite file holding the emulator's state; empty keeps it in memory (lost on exit).</summary>
    public string? DatabasePath { get; set; }

    /// <summary><c>None</c> (default) or <c>Demo</c>: a realistic data set, created only when the store is empty.</summary>
    public EmulatorSeed Seed { get; set; } = EmulatorSeed.None;

    /// <summary>The account used by the demo seed; the console signs with this as its access key id.</summary>
    public string DemoAccountId { get; set; } = "123456789012";

    public ThrottlingOptions Throttling { get; set; } = new();

    public QuotaOptions Quotas { get; set; } = new();

    public LimitOptions Limits { get; set; } = new();

    /// <summary>Faults injected from the start, keyed by operation name (e.g. "GetEventStream", "Kinesis.ListStreams").</summary>
    public Dictionary<string, FaultRule> Faults { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often destinations are checked (an event stream whose Kinesis stream is gone turns UNHEALTHY).</summary>
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a Kinesis stream may stay UPDATING before the event streams writing to it turn UNHEALTHY.</summary>
    public TimeSpan UpdatingUnhealthyAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Page size of List calls when max-results / Limit is not sent (the live default is unconfirmed).</summary>
    public int DefaultPageSize { get; set; } = 100;
}

public enum EmulatorSeed
{
    None,
    Demo,
}

public sealed class ThrottlingOptions
{
    /// <summary>Answer 429 ThrottlingException above AWS's documented TPS per (account, region, operation).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Overrides of the TPS per operation name.</summary>
    public Dictionary<string, double> OperationTps { get; set; } = new(StringComparer.Ordinal);
}

public sealed class QuotaOptions
{
    /// <summary>AWS: 1, not adjustable.</summary>
    public int EventStreamsPerDomain { get; set; } = 1;

    /// <summary>AWS: 100 per account and region, adjustable.</summary>
    public int DomainsPerRegion { get; set; } = 100;

    /// <summary>Raised quotas per "account/region", as after a quota increase, e.g. "123456789012/us-east-1": 200.</summary>
    public Dictionary<string, int> DomainsPerRegionOverrides { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>What the emulator holds for anyone who can reach it, so that no stream of requests can grow it without bound.</summary>
public sealed class LimitOptions
{
    /// <summary>
    /// Larger request bodies are answered 413 without being read. AWS's own: 10 MiB for a whole Kinesis PutRecords call,
    /// and 10 MB for a REST API payload behind API Gateway; no valid call the emulator serves comes near it.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Distinct (account, region) pairs the emulator keeps apart (each with its own state, counters and throttling);
    /// a call from one more is refused until a reset.
    /// </summary>
    public int MaxAccountRegions { get; set; } = 1000;
}

/// <summary>A fault for one operation. Faults apply in this order: latency, abort, error.</summary>
public sealed class FaultRule
{
    /// <summary>Added latency per call, in milliseconds.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Probability (0 to 1) that a call fails with <see cref="ErrorType"/>.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Fail exactly the next N calls, then behave (deterministic; used by tests).</summary>
    public int FailNext { get; set; }

    /// <summary>Fail every Nth call (the Nth, 2Nth, …): an exact share of failures, in a known order (used by tests).</summary>
    public int FailEvery { get; set; }

    /// <summary>How many calls this rule has seen, for <see cref="FailEvery"/>.</summary>
    internal long Seen { get; set; }

    public string ErrorType { get; set; } = "InternalServerException";

    public int StatusCode { get; set; } = 500;

    /// <summary>Apply the change first, then fail: the answer is lost but the change happened.</summary>
    public bool AfterApply { get; set; }

    /// <summary>Drop the connection instead of answering.</summary>
    public bool DropConnection { get; set; }

    public FaultRule Copy() => (FaultRule)MemberwiseClone();
}
