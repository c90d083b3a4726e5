using EventStreamConsole.Configuration;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Seeding;
using Serilog.Extensions.Logging;

namespace EventStreamConsole.Hosting;

/// <summary>
/// The emulator, started in-process on a loopback port when no AWS region is configured, so the console runs on
/// a fresh machine with no AWS account. It seeds the demo on first start and keeps its state in a SQLite file.
/// </summary>
public sealed class EmbeddedEmulator : IAsyncDisposable
{
    public const string DefaultDatabasePath = "App_Data/emulator.db";
    public const string DefaultRegion = "us-east-1";

    private readonly WebApplication _app;

    private EmbeddedEmulator(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<EmbeddedEmulator> StartAsync(IConfiguration consoleConfiguration, string contentRoot, Serilog.ILogger logger, CancellationToken cancellationToken)
    {
        var settings = consoleConfiguration.GetSection(EmulatorOptions.SectionName).AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        settings.TryAdd(ConfigurationKeys.EmulatorSeed, nameof(EmulatorSeed.Demo));
        settings.TryAdd(ConfigurationKeys.EmulatorDemoAccountId, ConsoleBackend.EmulatorAccountId);
        var databasePath = settings.GetValueOrDefault(ConfigurationKeys.EmulatorDatabasePath) ?? DefaultDatabasePath;
        // An explicitly empty path keeps the emulator in memory.
        settings[ConfigurationKeys.EmulatorDatabasePath] = databasePath.Length == 0 ? "" : Path.GetFullPath(databasePath, contentRoot);

        var app = EmulatorHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(new SerilogLoggerProvider(logger.ForContext("Component", "Emulator")));
        });
        await app.StartAsync(cancellationToken);
        var url = new Uri(app.Urls.First());
        return new EmbeddedEmulator(app, url);
    }

    /// <summary>The client settings that point the console at this emulator.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ClientSettings(IConfiguration consoleConfiguration)
    {
        var region = consoleConfiguration[ConfigurationKeys.EmulatorRegion] ?? DefaultRegion;
        yield return new($"{AwsClientOptions.SectionName}:Region", region);
        yield return new($"{AwsClientOptions.SectionName}:ServiceUrl", Url.ToString());
        yield return new($"{AwsClientOptions.SectionName}:AccessKeyId", ConsoleBackend.EmulatorAccountId);
        // The emulator does not verify signatures; this is not a secret.
        yield return new($"{AwsClientOptions.SectionName}:SecretAccessKey", "local-emulator");
        if (!consoleConfiguration.GetSection(ConfigurationKeys.ConsoleRegions).GetChildren().Any())
        {
            // The demo's regions, the configured one first.
            string[] regions = [region, .. DemoSeeder.Regions.Where(r => r != region)];
            for (var i = 0; i < regions.Length; i++)
            {
                yield return new($"{ConsoleOptions.SectionName}:Regions:{i}", regions[i]);
            }
        }
    }


    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
