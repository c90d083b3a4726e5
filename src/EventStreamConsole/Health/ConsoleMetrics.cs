using System.Diagnostics.Metrics;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Health;

/// <summary>
/// The console's own meter (<c>EventStreamConsole</c>), exported at /metrics: event streams by status and state per account
/// and region (read from the inventory when scraped), sweep duration, failed region refreshes and health transitions.
/// </summary>
public sealed class ConsoleMetrics : IDisposable
{
    public const string MeterName = "EventStreamConsole";

    private readonly Meter _meter = new(MeterName);
    private readonly Histogram<double> _sweepDuration;
    private readonly Counter<long> _refreshErrors;
    private readonly Counter<long> _transitions;

    public ConsoleMetrics(InventoryStore inventory)
    {
        _sweepDuration = _meter.CreateHistogram<double>("event_stream_console.sweep.duration", "s", "Wall time of one sweep of every configured region");
        _refreshErrors = _meter.CreateCounter<long>("event_stream_console.refresh.errors", "{error}", "Region refreshes that failed (the region is shown as stale)");
        _transitions = _meter.CreateCounter<long>("event_stream_console.health.transitions", "{transition}", "Destination health and state transitions recorded");
        _meter.CreateObservableGauge("event_stream_console.event_streams", () => Count(inventory.Snapshots()), "{stream}",
            "Event streams by account, region, destination status and state, as of the last sweep");
        _meter.CreateObservableGauge("event_stream_console.inventory.age", () => Age(inventory.Snapshots()), "s",
            "Seconds since each region was last read completely");
    }

    public void RecordSweep(TimeSpan elapsed) => _sweepDuration.Record(elapsed.TotalSeconds);

    public void RecordRefreshError(InventoryKey key) => _refreshErrors.Add(1, Tags(key));

    public void RecordTransition(InventoryKey key, string kind) => _transitions.Add(1, [.. Tags(key), new("kind", kind)]);

    public void Dispose() => _meter.Dispose();

    private static IEnumerable<Measurement<long>> Count(IReadOnlyList<InventorySnapshot> snapshots) =>
        snapshots.Where(s => s.IsLoaded).SelectMany(snapshot => snapshot.Entries
            .Where(e => e.Stream is not null)
            .GroupBy(e => (Status: WireLabels.Of(e.Status), State: WireLabels.Of(e.Stream!.State)))
            .Select(g => new Measurement<long>(g.Count(), [.. Tags(snapshot.Key), new("status", g.Key.Status), new("state", g.Key.State)])));

    private static IEnumerable<Measurement<double>> Age(IReadOnlyList<InventorySnapshot> snapshots) =>
        snapshots.Where(s => s.RefreshedAt is not null)
            .Select(s => new Measurement<double>((DateTimeOffset.UtcNow - s.RefreshedAt!.Value).TotalSeconds, Tags(s.Key)));

    private static KeyValuePair<string, object?>[] Tags(InventoryKey key) => [new("account", key.Account), new("region", key.Region)];
}
