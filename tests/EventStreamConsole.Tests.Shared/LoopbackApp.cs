using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.Tests.Shared;

/// <summary>A small HTTP server on a free loopback port (a webhook receiver, for example), silent in the test output.</summary>
public static class LoopbackApp
{
    public static async Task<WebApplication> StartAsync(Action<WebApplication> map, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync(cancellationToken);
        return app;
    }
}
