using EventStreamConsole.Emulator.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration.Json;

namespace EventStreamConsole.Emulator;

/// <summary>Builds the standalone emulator app; used by Program, by the console's embedded mode and by tests.</summary>
public static class EmulatorHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Its own directory as content root, and no appsettings*.json: started from the repository root, the emulator
        // would otherwise read the console's appsettings.json there (and seed the demo). Settings come from the command
        // line, the environment and the embedding code.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var sources = ((IConfigurationBuilder)builder.Configuration).Sources;
        foreach (var json in sources.OfType<JsonConfigurationSource>().ToList())
        {
            sources.Remove(json);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("EventStreamConsole.Emulator", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.WebHost.UseCleartextHttp2Detection();
        builder.Services.AddCustomerProfilesEmulator(builder.Configuration);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseEmulatorRequestGuard();
        app.MapCustomerProfilesEmulator();
        return app;
    }
}
