using System.Net;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// AWS's "standard" retry mode: at most N attempts, full-jitter exponential backoff capped at 20 s,
/// a retry quota so a failing service is not hammered, and the same set of retryable errors.
/// </summary>
public sealed class RetryPolicy
{
    public const int InitialQuota = 500;
    public const int RetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan ThrottlingBaseDelay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);

    private static readonly HashSet<string> s_throttlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    };

    private static readonly HashSet<string> s_transientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "InternalServerException", "InternalFailure", "ServiceUnavailable",
    };

    private readonly Func<double> _random;
    private readonly object _quotaLock = new();
    private int _quota = InitialQuota;

    public RetryPolicy(int maxAttempts, Func<double>? random = null)
    {
        MaxAttempts = Math.Max(1, maxAttempts);
        _random = random ?? Random.Shared.NextDouble;
    }

    public int MaxAttempts { get; }

    public int AvailableQuota
    {
        get
        {
            lock (_quotaLock)
            {
                return _quota;
            }
        }
    }

    public static bool IsThrottling(AmazonServiceException ex) =>
        ex.StatusCode == HttpStatusCode.TooManyRequests || s_throttlingCodes.Contains(ex.ErrorCode);

    public static bool IsRetryable(AmazonServiceException ex) =>
        IsThrottling(ex) || s_transientCodes.Contains(ex.ErrorCode) ||
        ex.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The delay before attempt <paramref name="nextAttempt"/> (2 = the first retry).</summary>
    public TimeSpan Backoff(int nextAttempt, bool throttled)
    {
        var baseDelay = throttled ? ThrottlingBaseDelay : BaseDelay;
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, nextAttempt - 2);
        var capped = Math.Min(exponential, MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(_random() * capped);
    }

    /// <summary>Takes the cost of a retry from the quota; false when the quota is spent and the error must surface.</summary>
    public bool TryAcquireRetry(bool timeout, out int cost)
    {
        cost = timeout ? TimeoutRetryCost : RetryCost;
        lock (_quotaLock)
        {
            if (_quota < cost)
            {
                return false;
            }

            _quota -= cost;
            return true;
        }
    }

    /// <summary>A success gives back what its retries cost, or one token when it needed none.</summary>
    public void RecordSuccess(int retryCostSpent)
    {
        lock (_quotaLock)
        {
            _quota = Math.Min(InitialQuota, _quota + (retryCostSpent > 0 ? retryCostSpent : 1));
        }
    }
}
