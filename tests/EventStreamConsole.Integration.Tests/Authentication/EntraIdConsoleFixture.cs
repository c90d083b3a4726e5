using System.Net;
using System.Security.Cryptography;
using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Authentication;

/// <summary>
/// The console as it runs in production: Entra ID sign-in through Microsoft.Identity.Web against a mock authority on
/// loopback, AWS mode (region, keys and a session token) against a separate emulator, and every log event captured.
/// </summary>
public sealed class EntraIdConsoleFixture : IAsyncLifetime
{
    private WebApplication? _emulator;

    public MockOpenIdAuthority Authority { get; } = new();

    public ConsoleWebApplication App { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public ShiftableTimeProvider Clock { get; } = new();

    public string AwsSecretAccessKey { get; } = "aws-secret/" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));

    public string AwsSessionToken { get; } = "aws-session/" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(60));

    public async ValueTask InitializeAsync()
    {
        await Authority.StartAsync();
        _emulator = await LoopbackEmulator.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Seed"] = "Demo",
            ["Emulator:DemoAccountId"] = "123456789012",
            ["Emulator:Throttling:Enabled"] = "false",
        });

        App = await TestConsole.CreateAsync(
        [
            new(TestConsole.EnvironmentKey, "Production"),
            .. Authority.ConsoleSettings,
            new("CustomerProfiles:Region", "us-east-1"),
            new("CustomerProfiles:ServiceUrl", _emulator.Urls.First()),
            new("CustomerProfiles:AccessKeyId", "123456789012"),
            new("CustomerProfiles:SecretAccessKey", AwsSecretAccessKey),
            new("CustomerProfiles:SessionToken", AwsSessionToken),
            new("CustomerProfiles:OperationTps:ListEventStreams", "500"),
            new("Sweep:Interval", "00:10:00"),
            .. LogCapture.Settings,
        ], builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(Clock);
            Authority.TrustedBy(builder.Services);
        });
        await App.StartAsync();
        BaseUrl = new Uri(App.Urls.First());
    }

    public Uri EmulatorUrl => new(_emulator!.Urls.First());

    /// <summary>Signs <paramref name="user"/> in the way a browser would: page → Entra → form_post back → the page.</summary>
    public async Task<CookieJarClient> SignInAsync(MockUser user, string path = "/", CancellationToken cancellationToken = default)
    {
        var client = new CookieJarClient();
        var landing = await CompleteSignInAsync(client, user, new Uri(BaseUrl, path), cancellationToken);
        Assert.Equal(path, landing);
        return client;
    }

    /// <summary>Requests <paramref name="page"/>, expects the redirect to the authority, signs in and returns where the console sends the user back.</summary>
    public async Task<string> CompleteSignInAsync(CookieJarClient client, MockUser user, Uri page, CancellationToken cancellationToken)
    {
        using var challenge = await client.GetAsync(page, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(Authority.Instance, authorize.ToString(), StringComparison.Ordinal);

        using var login = await client.GetAsync(new Uri(authorize + "&login_hint=" + user.Login), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var (action, fields) = CookieJarClient.ReadForm(await login.Content.ReadAsStringAsync(cancellationToken));

        using var callback = await client.PostFormAsync(action, fields, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return callback.Headers.Location!.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        await Authority.DisposeAsync();
    }
}
