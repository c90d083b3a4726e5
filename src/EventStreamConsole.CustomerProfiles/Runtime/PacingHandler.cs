using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Sits inside the core's retry loop and waits, before every attempt, for the operation's next free slot on the shared
/// <see cref="AwsRateLimiter"/>, so neither first calls nor retries exceed AWS's per-operation TPS quota.
/// </summary>
public sealed class PacingHandler(AwsRateLimiter rateLimiter, AwsClientOptions options) : PipelineHandler
{
    /// <summary>Calls are paced at 95% of the quota.</summary>
    public const double PacingMargin = 0.95;

    private string? _accountKey;

    public override void InvokeSync(IExecutionContext executionContext) =>
        throw new NotSupportedException("The console calls AWS asynchronously only.");

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        if (options.RateLimitingEnabled)
        {
            var request = executionContext.RequestContext;
            var operation = AwsOperation.Of(request);
            // Pace a little under the quota so that network jitter never lands two calls inside one service window.
            var tps = OperationQuotas.For(operation, options.OperationTps) * PacingMargin;
            _accountKey ??= await ResolveAccountKeyAsync(request.Identity as AWSCredentials);
            await rateLimiter.AcquireAsync(_accountKey, AwsOperation.Region(request.ClientConfig), operation, tps, request.CancellationToken);
        }

        return await base.InvokeAsync<T>(executionContext);
    }

    private async Task<string> ResolveAccountKeyAsync(AWSCredentials? credentials)
    {
        if (!string.IsNullOrEmpty(options.AccountId))
        {
            return options.AccountId;
        }

        // A role's ARN names its account; no STS call is needed to key the rate limits.
        if (options.RoleArn?.Split(':') is [_, _, "iam", _, { Length: 12 } roleAccount, ..])
        {
            return roleAccount;
        }

        // The core's auth step has resolved the identity (explicit or default chain) before the retry loop runs.
        if (credentials is null)
        {
            return "";
        }

        var resolved = await credentials.GetCredentialsAsync();
        return string.IsNullOrEmpty(resolved.AccountId) ? resolved.AccessKey : resolved.AccountId;
    }
}
