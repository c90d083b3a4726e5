using System.Text.Json.Serialization;
using EventStreamConsole.Aws;
using EventStreamConsole.Configuration;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Hosting;

/// <summary>
/// GET /health/destinations for uptime monitors, without sign-in: the broken destinations as JSON, and 503 when any has been
/// UNHEALTHY longer than Health:UnhealthyThreshold. Answers from the sweep's inventory; never calls AWS.
/// </summary>
public static class DestinationHealthEndpoint
{
    public const string Path = "/health/destinations";

    public static void MapDestinationHealth(this WebApplication app) => app.MapGet(Path, (InventoryStore inventory, RegionClients clients,
        IOptions<HealthOptions> options, TimeProvider time) =>
    {
        var now = time.GetUtcNow();
        var threshold = options.Value.UnhealthyThreshold;
        var overview = HealthOverview.From(clients.Keys.Select(inventory.Get));
        var unhealthy = overview.Unhealthy.Select(r => new DestinationReport(r.Key.Account, r.Key.Region, r.DomainName, r.EventStreamName,
            r.DestinationUri, WireLabels.Of(r.Status), r.UnhealthySince,
            r.UnhealthySince is { } since ? (long)(now.UtcDateTime - since).TotalSeconds : null, r.Message)).ToList();
        var failing = unhealthy.Where(u => u.UnhealthyForSeconds is { } s && s > threshold.TotalSeconds).ToList();
        var status = failing.Count > 0 ? "failing"
            : overview.Regions.Any(r => !r.IsLoaded) ? "starting"
            : overview.Regions.Any(r => r.IsStale) ? "stale"
            : "ok";
        var report = new DestinationHealthReport(status, now, (long)threshold.TotalSeconds, overview.Unhealthy.Count, overview.Stopped.Count,
            overview.Healthy.Count, failing, unhealthy,
            [.. overview.Regions.Where(r => r.IsStale || !r.IsLoaded).Select(r => new StaleRegion(r.Key.Account, r.Key.Region, r.RefreshedAt, r.Error))]);
        return Results.Json(report, statusCode: failing.Count > 0 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }).AllowAnonymous();
}

public sealed record DestinationHealthReport(
    string Status,
    DateTimeOffset CheckedAt,
    long UnhealthyThresholdSeconds,
    int Unhealthy,
    int Stopped,
    int Healthy,
    [property: JsonPropertyName("failing")] IReadOnlyList<DestinationReport> Failing,
    [property: JsonPropertyName("unhealthyDestinations")] IReadOnlyList<DestinationReport> UnhealthyDestinations,
    IReadOnlyList<StaleRegion> StaleRegions);

public sealed record DestinationReport(string Account, string Region, string Domain, string EventStream, string? Destination, string Status,
    DateTime? UnhealthySince, long? UnhealthyForSeconds, string? Message);

public sealed record StaleRegion(string Account, string Region, DateTimeOffset? LastRefreshed, string? Error);
