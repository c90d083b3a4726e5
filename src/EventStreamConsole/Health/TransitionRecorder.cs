using EventStreamConsole.Configuration;
using EventStreamConsole.Inventory;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Health;

/// <summary>
/// After every complete read of a region, records the health and state transitions it shows, queues the webhooks that want
/// them, and wakes the dispatcher. Old history is pruned once a day.
/// </summary>
public sealed class TransitionRecorder(InventoryStore inventory, HealthHistoryStore history, WebhookDispatcher dispatcher, ConsoleMetrics metrics,
    IOptions<AlertOptions> alerts, IOptions<HistoryOptions> options, TimeProvider time, ILogger<TransitionRecorder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        inventory.Refreshed += OnRefreshed;
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
            do
            {
                history.Prune(time.GetUtcNow() - options.Value.Retention);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            inventory.Refreshed -= OnRefreshed;
        }
    }

    private void OnRefreshed(InventorySnapshot snapshot)
    {
        var transitions = history.Record(snapshot, time.GetUtcNow(),
            t => alerts.Value.Webhooks.Where(w => w.Wants(t.To)).Select(w => w.Name));
        foreach (var transition in transitions)
        {
            metrics.RecordTransition(transition.Key, transition.To);
            logger.Log(transition.To == "UNHEALTHY" && !transition.FirstSeen ? LogLevel.Warning : LogLevel.Information,
                "Event stream {Domain}/{EventStream} in {Key}: {Kind} {From} → {To} at {At}{FirstSeen} {Message}",
                transition.DomainName, transition.EventStreamName, transition.Key, transition.Kind, transition.From ?? "(first seen)", transition.To,
                transition.At, transition.FirstSeen ? " (already so when first read)" : "", transition.Message ?? "");
        }

        if (transitions.Any(t => !t.FirstSeen))
        {
            dispatcher.Wake();
        }
    }
}
