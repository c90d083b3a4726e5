using EventStreamConsole.CustomerProfiles.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EventStreamConsole.CustomerProfiles.Tests.Shared;

/// <summary>Real clients over a scripted handler, fixed credentials and a fake clock.</summary>
public sealed class ClientHarness
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string Region = "us-east-1";

    public ClientHarness(Action<AwsClientOptions>? configure = null, double random = 1.0)
    {
        Options = new AwsClientOptions
        {
            Region = Region,
            ServiceUrl = "https://profile.us-east-1.amazonaws.com",
            AccessKeyId = AccessKey,
            SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            RateLimitingEnabled = false,
        };
        configure?.Invoke(Options);
        RateLimiter = new AwsRateLimiter(Time);
        Retry = new RetryPolicy(Options.MaxAttempts, () => random);
        CustomerProfiles = new AmazonCustomerProfilesClient(Invoker("profile", "", AmazonCustomerProfilesException.Create, Options.ServiceUrl!));
        Kinesis = new AmazonKinesisClient(Invoker("kinesis", "Kinesis.", AmazonKinesisException.Create, "https://kinesis.us-east-1.amazonaws.com"));
    }

    public ScriptedHandler Handler { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    public AwsClientOptions Options { get; }

    public AwsRateLimiter RateLimiter { get; }

    public RetryPolicy Retry { get; }

    public AmazonCustomerProfilesClient CustomerProfiles { get; }

    public AmazonKinesisClient Kinesis { get; }

    /// <summary>Awaits <paramref name="task"/> while moving the fake clock, so backoff and pacing delays elapse.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        var tick = step ?? TimeSpan.FromMilliseconds(50);
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            await Task.Delay(1, TestContext.Current.CancellationToken);
            Time.Advance(tick);
        }

        return await task;
    }

    private AwsRequestInvoker Invoker(string service, string prefix, Func<AwsErrorDetails, AmazonServiceException> errors, string endpoint) =>
        new(new HttpClient(Handler), new Uri(endpoint.TrimEnd('/') + "/"), service, prefix, Options, RateLimiter, Time,
            NullLogger.Instance, errors, Retry);
}
