using Microsoft.AspNetCore.Builder;

namespace EventStreamConsole.Emulator;

/// <summary>Builds the standalone emulator app; used by Program, by the console's embedded mode and by tests.</summary>
public static class EmulatorHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("EventStreamConsole.Emulator", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Services.AddCustomerProfilesEmulator(builder.Configuration);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapCustomerProfilesEmulator();
        return app;
    }
}
