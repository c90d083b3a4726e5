using System.Net.Http.Json;
using System.Text;
using Amazon.CustomerProfiles;
using Amazon.Kinesis;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Admin;
using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Emulator.Tests.Shared;

/// <summary>The real emulator on a loopback port (<see cref="LoopbackEmulator"/>), and real clients pointed at it.</summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private static int s_nextAccount = 100_000;
    private readonly WebApplication _app;
    private readonly ServiceProvider _clientServices;

    private EmulatorServer(WebApplication app)
    {
        _app = app;
        Url = new Uri(app.Urls.First());
        _clientServices = new ServiceCollection().AddLogging().AddCustomerProfilesClient().BuildServiceProvider();
        Http = new HttpClient { BaseAddress = Url };
        Admin = new HttpClient { BaseAddress = Url };
        Admin.DefaultRequestHeaders.Add(AdminRequestGuard.Header, "tests");
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    /// <summary>For the admin API: sends the X-Emulator-Admin header that calls changing state need.</summary>
    public HttpClient Admin { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<EmulatorServer> StartAsync(params (string Key, string Value)[] settings) =>
        new(await LoopbackEmulator.StartAsync(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))));

    public static async Task<EmulatorServer> StartAsync(Action<WebApplicationBuilder> configure) =>
        new(await LoopbackEmulator.StartAsync([], configure));

    /// <summary>A fresh 12-digit account: each test gets its own world in the shared emulator.</summary>
    public static string NewAccount() => $"{Interlocked.Increment(ref s_nextAccount):D12}";

    public AwsClientOptions Options(string account, string region = "us-east-1", Action<AwsClientOptions>? configure = null)
    {
        var options = new AwsClientOptions { Region = region, ServiceUrl = Url.ToString(), AccessKeyId = account, SecretAccessKey = "test" };
        configure?.Invoke(options);
        return options;
    }

    public IAmazonCustomerProfiles CustomerProfiles(string account, string region = "us-east-1", Action<AwsClientOptions>? configure = null) =>
        _clientServices.GetRequiredService<AwsClientFactory>().CreateCustomerProfiles(Options(account, region, configure));

    public IAmazonKinesis Kinesis(string account, string region = "us-east-1", Action<AwsClientOptions>? configure = null) =>
        _clientServices.GetRequiredService<AwsClientFactory>().CreateKinesis(Options(account, region, configure));

    /// <summary>An unsigned-but-authorized raw call, to send what our own client would refuse to send.</summary>
    public async Task<HttpResponseMessage> RawAsync(HttpMethod method, string pathAndQuery, string? json = null, string account = "000000000000", string? target = null, bool sign = true)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (sign)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization(account, service: target is null ? "profile" : "kinesis"));
        }

        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, target is null ? "application/json" : "application/x-amz-json-1.1");
        }

        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A SigV4 Authorization header the emulator accepts (it reads the credential scope, not the signature).</summary>
    public static string Authorization(string account = "000000000000", string region = "us-east-1", string service = "profile") =>
        $"AWS4-HMAC-SHA256 Credential={account}/20261128/{region}/{service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd";

    public Task PutFaultAsync(string operation, FaultRule rule) =>
        Http.PutAsJsonAsync($"/_emulator/faults/{operation}", rule, TestContext.Current.CancellationToken).ContinueWith(t => t.Result.EnsureSuccessStatusCode(), TaskScheduler.Default);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Admin.Dispose();
        await _clientServices.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One emulator shared by a test class (throttling on, as AWS).</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await EmulatorServer.StartAsync(("Emulator:HealthCheckInterval", "00:00:00.200"));

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
