using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace EventStreamConsole.Hosting;

/// <summary>
/// Serilog: readable console lines in Development, compact JSON elsewhere; levels from the Serilog section, except that the
/// categories that handle credentials never log below Information.
/// </summary>
public static class LoggingSetup
{
    public static Serilog.ILogger Create(IConfiguration configuration, IHostEnvironment environment)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            // Below Information these write authorization codes, tokens and request headers; never log them that verbosely,
            // whatever the Serilog section says.
            .MinimumLevel.Override("Microsoft.AspNetCore.Authentication", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.IdentityModel", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.Identity", LogEventLevel.Information)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Information)
            .Enrich.FromLogContext()
            .Enrich.With<SensitivePropertyRedactor>()
            .Enrich.WithProperty("Application", "EventStreamConsole");

        return environment.IsDevelopment()
            ? logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", formatProvider: CultureInfo.InvariantCulture).CreateLogger()
            : logger.WriteTo.Console(new RenderedCompactJsonFormatter()).CreateLogger();
    }
}
