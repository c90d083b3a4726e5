using System.Net;
using EventStreamConsole.Aws;
using EventStreamConsole.Configuration;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Hosting;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
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
        await using var scope = await SignedInScope.CreateAsync(app.Services, "Ada Admin", "EventStreams.Viewer");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var streams = await service.ListEventStreamsAsync(new InventoryKey("123456789012", "us-east-1"), "insurance-billing-prod", null, 10, Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Healthy", health);
        Assert.True(backend.IsEmbeddedEmulator);
        Assert.Equal("us-east-1", backend.Region);
        Assert.Equal(app.Emulator!.Url, backend.Endpoint);
        Assert.Equal(["us-east-1", "eu-west-2", "ap-southeast-2"], service.Regions);
        Assert.Equal("insurance-billing-prod-export", Assert.Single(streams.Items).EventStreamName);
    }

    [Fact]
    public async Task Inventory_TenViewersAtOnce_OneRefreshAndOneCallPerDomain()
    {
        await using var app = await StartAsync(("Emulator:DatabasePath", ""), ("Emulator:Throttling:Enabled", "false"), ("Sweep:Enabled", "false"),
            ("CustomerProfiles:OperationTps:ListEventStreams", "500"), ("CustomerProfiles:OperationTps:ListDomains", "500"),
            ("CustomerProfiles:OperationTps:GetEventStream", "500"));
        var store = app.Services.GetRequiredService<InventoryStore>();
        var counter = app.Emulator!.Services.GetRequiredService<RequestCounter>();
        counter.Reset();
        var before = store.RefreshesStarted;

        var viewers = Enumerable.Range(0, 10).Select(async _ =>
        {
            await using var scope = await SignedInScope.CreateAsync(app.Services, "Victor Viewer", "EventStreams.Viewer");
            var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
            await service.GetInventoryAsync(new InventoryKey("123456789012", "us-east-1"));
            await service.RefreshInventoryAsync(new InventoryKey("123456789012", "us-east-1"), Ct);
            return await service.GetInventoryAsync(new InventoryKey("123456789012", "us-east-1"));
        });
        var snapshots = await Task.WhenAll(viewers);

        Assert.Equal(1, store.RefreshesStarted - before);
        Assert.All(snapshots, s => Assert.Equal(124, s.Entries.Count));
        var calls = counter.Snapshot().Where(c => c.Region == "us-east-1").ToDictionary(c => c.Operation, c => c.Calls);
        Assert.Equal(124, calls["ListEventStreams"]);
        Assert.Equal(2, calls["ListDomains"]);
        // GetEventStream only for destinations that are not HEALTHY (to read AWS's message), never one per row.
        Assert.Equal(snapshots[0].Entries.Count(e => e.HasStream && e.Status != Amazon.CustomerProfiles.EventStreamDestinationStatus.HEALTHY), calls["GetEventStream"]);
        Assert.InRange(calls["GetEventStream"], 1, 20);
    }

    [Fact]
    public async Task Responses_Always_CarryTheSecurityHeaders()
    {
        await using var app = await StartAsync(("Emulator:DatabasePath", ""));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var page = await http.GetAsync("/", Ct);
        using var asset = await http.GetAsync("/app.css", Ct);

        foreach (var response in new[] { page, asset })
        {
            Assert.Equal(EventStreamConsole.Hosting.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", EventStreamConsole.Hosting.SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
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
        await using var app = await StartAsync(("CustomerProfiles:Region", "eu-west-2"), ("CustomerProfiles:AccessKeyId", "AKIAEXAMPLE"), ("CustomerProfiles:SecretAccessKey", "secret"),
            ("Auth:Mode", "Unsecured"));

        var backend = app.Services.GetRequiredService<ConsoleBackend>();

        Assert.Null(app.Emulator);
        Assert.False(backend.IsEmbeddedEmulator);
        Assert.Equal("", app.Services.GetRequiredService<RegionClients>().Account);
        Assert.Equal(new Uri("https://profile.eu-west-2.amazonaws.com/"), backend.Endpoint);
    }

    [Fact]
    public async Task Start_InvalidSettings_RefusesNamingTheKeys()
    {
        await using var app = await TestConsole.CreateAsync(new Dictionary<string, string?>
        {
            ["CustomerProfiles:Region"] = "Frankfurt",
            ["CustomerProfiles:MaxAttempts"] = "0",
            ["Auth:Mode"] = "Unsecured",
        }, cancellationToken: Ct);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains(ex.Failures, f => f.StartsWith("CustomerProfiles:Region 'Frankfurt'", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("CustomerProfiles:MaxAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_AuditPathIsAFolder_RefusesNamingTheKey()
    {
        // The audit trail is opened while the app is built, so a bad path stops it before it starts listening.
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TestConsole.CreateAsync(new Dictionary<string, string?>
        {
            [ConfigurationKeys.AuditDatabasePath] = "App_Data/",
        }, cancellationToken: Ct));

        Assert.StartsWith("Audit:DatabasePath 'App_Data/' names a folder", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BuildOutputWithoutDevelopmentManifest_RefusesNamingTheFrameworkScript()
    {
        // A build output in Production has no wwwroot/_framework: pages would render but never become interactive.
        var ex = await Assert.ThrowsAsync<MissingPageAssetsException>(() => TestConsole.CreateWithoutDevelopmentAssetsAsync([], Ct));

        Assert.Contains(ex.Missing, m => m.StartsWith(PageAssets.BlazorScript + ":", StringComparison.Ordinal));
        Assert.Contains("dotnet publish", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<ConsoleWebApplication> StartAsync(params (string Key, string Value)[] settings)
    {
        return await TestConsole.StartAsync(TestConsole.Settings(settings), cancellationToken: Ct);
    }
}
