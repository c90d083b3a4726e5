namespace EventStreamConsole.CustomerProfiles;

/// <summary>
/// Where and as whom the client calls AWS (configuration section <c>CustomerProfiles</c>).
/// Credentials come from the AWS default chain unless a profile or explicit keys are given.
/// </summary>
public sealed class AwsClientOptions
{
    public const string SectionName = "CustomerProfiles";

    /// <summary>The AWS region, e.g. us-east-1. Required.</summary>
    public string? Region { get; set; }

    /// <summary>A custom endpoint (an emulator, a VPC endpoint) instead of profile.{region}.amazonaws.com.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>A custom Kinesis endpoint; defaults to <see cref="ServiceUrl"/> when that is set.</summary>
    public string? KinesisServiceUrl { get; set; }

    public bool UseFips { get; set; }

    public bool UseDualStack { get; set; }

    /// <summary>A named profile from ~/.aws/config or ~/.aws/credentials (SSO profiles included).</summary>
    public string? Profile { get; set; }

    /// <summary>Explicit keys; meant for the local emulator. Never logged.</summary>
    public string? AccessKeyId { get; set; }

    public string? SecretAccessKey { get; set; }

    public string? SessionToken { get; set; }

    /// <summary>
    /// A role to assume through STS with the credentials above (or the default chain), e.g. a read-write role in another
    /// account; the temporary credentials are refreshed before they expire.
    /// </summary>
    public string? RoleArn { get; set; }

    /// <summary>The external id the role's trust policy requires, if any.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The session name CloudTrail shows for calls made with the role.</summary>
    public string RoleSessionName { get; set; } = "event-stream-console";

    /// <summary>The account id, used to key client-side rate limits; read from the credentials when unset.</summary>
    public string? AccountId { get; set; }

    /// <summary>AWSSDK.Core's retry mode: Standard (AWS's default) or Adaptive (also slows down after throttling).</summary>
    public Amazon.Runtime.RequestRetryMode RetryMode { get; set; } = Amazon.Runtime.RequestRetryMode.Standard;

    /// <summary>At most this many attempts per call (AWS "standard" retry mode uses 3).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long one attempt (one HTTP request) may take before it is abandoned and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether calls are paced at the operation's TPS quota, so our own bursts never trip throttling.</summary>
    public bool RateLimitingEnabled { get; set; } = true;

    /// <summary>Overrides of the per-operation TPS, keyed by operation name (e.g. "ListEventStreams": 10).</summary>
    public Dictionary<string, double> OperationTps { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The same settings for another region (credentials, endpoints, retries and limits unchanged).</summary>
    public AwsClientOptions ForRegion(string region)
    {
        var copy = (AwsClientOptions)MemberwiseClone();
        copy.Region = region;
        return copy;
    }
}
