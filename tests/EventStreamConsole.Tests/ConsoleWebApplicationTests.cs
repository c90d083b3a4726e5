using System.Net;
using EventStreamConsole.Configuration;
using EventStreamConsole.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Tests;

/// <summary>The real composition root on a loopback port: embedded emulator by default, AWS when a region is set.</summary>
public sealed class ConsoleWebApplicationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_NoAwsSettings_ServesConsoleOnEmbeddedDemoEmulator()
    {
        await using var app = await StartAsync(("Emulator:DatabasePath", ""));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var page = await http.GetAsync("/", Ct);
        var health = await http.GetStringAsync("/healthz", Ct);
        var backend = app.Services.GetRequiredService<ConsoleBackend>();
        using var scope = app.Services.CreateScope();
        var domains = await scope.ServiceProvider.GetRequiredService<IDomainOverviewService>().GetDomainPageAsync(null, 25, Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Healthy", health);
        Assert.True(backend.IsEmbeddedEmulator);
        Assert.Equal("us-east-1", backend.Region);
        Assert.Equal(app.Emulator!.Url, backend.Endpoint);
        Assert.Equal(25, domains.Rows.Count);
        Assert.NotNull(domains.NextToken);
    }

    [Fact]
    public async Task Start_StaticAssets_ServedFromTheRootWwwroot()
    {
        await using var app = await StartAsync(("Emulator:DatabasePath", ""));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var css = await http.GetAsync("/app.css", Ct);
        var mud = await http.GetAsync("/_content/MudBlazor/MudBlazor.min.css", Ct);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".health-badge", await css.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mud.StatusCode);
    }

    [Fact]
    public async Task Start_RegionSet_TalksToAwsWithoutEmulator()
    {
        await using var app = await StartAsync(("CustomerProfiles:Region", "eu-west-2"), ("CustomerProfiles:AccessKeyId", "AKIAEXAMPLE"), ("CustomerProfiles:SecretAccessKey", "secret"));

        var backend = app.Services.GetRequiredService<ConsoleBackend>();

        Assert.Null(app.Emulator);
        Assert.False(backend.IsEmbeddedEmulator);
        Assert.Equal(new Uri("https://profile.eu-west-2.amazonaws.com/"), backend.Endpoint);
    }

    [Fact]
    public async Task Start_InvalidSettings_RefusesNamingTheKeys()
    {
        await using var app = await ConsoleWebApplication.CreateAsync(["--urls", "http://127.0.0.1:0"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CustomerProfiles:Region"] = "Frankfurt",
                ["CustomerProfiles:MaxAttempts"] = "0",
            }), Ct);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains(ex.Failures, f => f.StartsWith("CustomerProfiles:Region 'Frankfurt'", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("CustomerProfiles:MaxAttempts", StringComparison.Ordinal));
    }

    private static async Task<ConsoleWebApplication> StartAsync(params (string Key, string Value)[] settings)
    {
        var app = await ConsoleWebApplication.CreateAsync(["--urls", "http://127.0.0.1:0"], builder =>
            builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))), Ct);
        await app.StartAsync(Ct);
        return app;
    }
}
