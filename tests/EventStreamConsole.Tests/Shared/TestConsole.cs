using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace EventStreamConsole.Tests.Shared;

/// <summary>
/// Starts the console from the test's build output. A build output has no wwwroot of its own: the test host, not the
/// app, serves the framework's and packages' files from the development manifest, as `dotnet run` does in Development.
/// What a published app serves is tested by tests/ship.
/// </summary>
public static class TestConsole
{
    public static Task<ConsoleWebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ConsoleWebApplication.CreateAsync(args, builder =>
        {
            builder.WebHost.UseStaticWebAssets();
            configure?.Invoke(builder);
        }, cancellationToken);
}
