using EventStreamConsole.Health;
using MudBlazor.Services;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace EventStreamConsole.Hosting;

public static class WebFrontEndServices
{
    /// <summary>Blazor Server with MudBlazor, antiforgery, compressed static assets and the health check.</summary>
    public static IServiceCollection AddWebFrontEnd(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        // SecurityHeaders sends X-Frame-Options: DENY (and CSP frame-ancestors 'none'); antiforgery's SAMEORIGIN would contradict it.
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddStaticAssetCompression();
        services.AddHealthChecks();
        return services;
    }

    /// <summary>The console's and the AWS client's metrics, scraped at /metrics.</summary>
    public static IServiceCollection AddObservability(this IServiceCollection services)
    {
        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("event-stream-console")).WithMetrics(metrics => metrics
            .AddMeter(ConsoleMetrics.MeterName, CustomerProfiles.Runtime.AwsClientMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }
}
