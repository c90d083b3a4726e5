using EventStreamConsole.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.Tests.Shared;

/// <summary>
/// The one way tests and benchmarks start a standalone emulator of their own: the real emulator app
/// (<see cref="EmulatorHost.Build"/>) on a free loopback port, logging nothing, its address in <c>Urls</c>. The
/// emulator tests wrap it with clients (EmulatorServer); the console's embedded emulator is the composition root's.
/// </summary>
public static class LoopbackEmulator
{
    /// <summary>Starts an emulator with <paramref name="settings"/> (keys such as "Emulator:Seed"), then <paramref name="configure"/>.</summary>
    public static async Task<WebApplication> StartAsync(IEnumerable<KeyValuePair<string, string?>> settings, Action<WebApplicationBuilder>? configure = null,
        CancellationToken cancellationToken = default)
    {
        var app = EmulatorHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            configure?.Invoke(builder);
        });
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
}
