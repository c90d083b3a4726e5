using EventStreamConsole.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace EventStreamConsole.Tests.Shared;

/// <summary>
/// The one way tests and benchmarks start the console: the real composition root (<see cref="ConsoleWebApplication"/>)
/// from the build output, on a free loopback port, with nothing on disk. Callers pass only the settings their test is
/// about; those replace <see cref="Defaults"/> key by key (a later setting of the same key wins).
/// </summary>
/// <remarks>
/// A build output has no wwwroot of its own: the test host, not the app, serves the framework's and packages' files
/// from the development manifest, as `dotnet run` does in Development. What a published app serves is tested by
/// tests/ship.
/// </remarks>
public static class TestConsole
{
    /// <summary>The host's address (<c>--urls</c>); a setting, so a test can ask for a non-loopback one.</summary>
    public const string UrlsKey = "urls";

    /// <summary>The host environment (<c>--environment</c>); empty keeps the host's default (Production).</summary>
    public const string EnvironmentKey = "environment";

    /// <summary>What every test console starts with: a free loopback port; emulator, audit and history in memory.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Defaults { get; } =
    [
        new(UrlsKey, "http://127.0.0.1:0"),
        new(ConfigurationKeys.EmulatorDatabasePath, ""),
        new(ConfigurationKeys.AuditDatabasePath, ""),
        new(ConfigurationKeys.HistoryDatabasePath, ""),
    ];

    /// <summary>Builds the console (not started) with <see cref="Defaults"/> and <paramref name="settings"/>.</summary>
    public static Task<ConsoleWebApplication> CreateAsync(IEnumerable<KeyValuePair<string, string?>> settings, Action<WebApplicationBuilder>? configure = null,
        CancellationToken cancellationToken = default) =>
        BuildAsync(settings, developmentAssets: true, configure, cancellationToken);

    /// <summary>Builds and starts the console; its address is in <see cref="ConsoleWebApplication.Urls"/>.</summary>
    public static async Task<ConsoleWebApplication> StartAsync(IEnumerable<KeyValuePair<string, string?>> settings, Action<WebApplicationBuilder>? configure = null,
        CancellationToken cancellationToken = default)
    {
        var app = await CreateAsync(settings, configure, cancellationToken);
        try
        {
            await app.StartAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds the console as a build output is without the test host's help: no development manifest.</summary>
    public static Task<ConsoleWebApplication> CreateWithoutDevelopmentAssetsAsync(IEnumerable<KeyValuePair<string, string?>> settings,
        CancellationToken cancellationToken = default) =>
        BuildAsync(settings, developmentAssets: false, configure: null, cancellationToken);

    /// <summary><paramref name="settings"/> as configuration pairs, for callers that hold (key, value) tuples.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(params (string Key, string Value)[] settings) =>
        settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value));

    private static Task<ConsoleWebApplication> BuildAsync(IEnumerable<KeyValuePair<string, string?>> settings, bool developmentAssets,
        Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var merged = Defaults.Concat(settings)
            .GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);

        // Host settings go on the command line: the environment cannot change once the builder exists.
        List<string> args = ["--urls", merged[UrlsKey] ?? Defaults[0].Value!];
        if (merged.Remove(EnvironmentKey, out var environment) && !string.IsNullOrEmpty(environment))
        {
            args.AddRange(["--environment", environment]);
        }

        merged.Remove(UrlsKey);
        return ConsoleWebApplication.CreateAsync([.. args], builder =>
        {
            if (developmentAssets)
            {
                builder.WebHost.UseStaticWebAssets();
            }

            builder.Configuration.AddInMemoryCollection(merged);
            configure?.Invoke(builder);
        }, cancellationToken);
    }
}
