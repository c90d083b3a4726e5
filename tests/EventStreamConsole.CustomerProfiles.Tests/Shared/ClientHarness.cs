using Amazon.CustomerProfiles;
using Amazon.Kinesis;
using EventStreamConsole.CustomerProfiles.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace EventStreamConsole.CustomerProfiles.Tests.Shared;

/// <summary>The console's clients, built by <see cref="AwsClientFactory"/>, over a scripted handler, fixed keys and a fake pacing clock.</summary>
public sealed class ClientHarness
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string Region = "us-east-1";

    public ClientHarness(Action<AwsClientOptions>? configure = null)
    {
        Options = new AwsClientOptions
        {
            Region = Region,
            AccessKeyId = AccessKey,
            SecretAccessKey = SecretKey,
            RateLimitingEnabled = false,
        };
        configure?.Invoke(Options);
        RateLimiter = new AwsRateLimiter(Time);
        Factory = new AwsClientFactory(new HandlerHttpClientFactory(Handler), RateLimiter, Logs);
        CustomerProfiles = Factory.CreateCustomerProfiles(Options);
        Kinesis = Factory.CreateKinesis(Options);
    }

    public ScriptedHandler Handler { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    public CapturingLoggerFactory Logs { get; } = new();

    public AwsClientOptions Options { get; }

    public AwsRateLimiter RateLimiter { get; }

    public AwsClientFactory Factory { get; }

    public IAmazonCustomerProfiles CustomerProfiles { get; }

    public IAmazonKinesis Kinesis { get; }

    /// <summary>Awaits <paramref name="task"/> while moving the fake clock, so pacing delays elapse.</summary>
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
}

/// <summary>An <see cref="IHttpClientFactory"/> whose clients all send through one handler.</summary>
public sealed class HandlerHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
