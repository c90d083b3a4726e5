using EventStreamConsole.Configuration;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Model.Inventory;

/// <summary>Keeps the inventory of every recently viewed region fresh, every Console:InventoryRefreshInterval.</summary>
public sealed class InventoryRefresher(InventoryStore store, IOptions<ConsoleOptions> options, TimeProvider time, ILogger<InventoryRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.InventoryRefreshInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var key in store.ActiveKeys(options.Value.InventoryIdleAfter))
                {
                    // Regions refresh in parallel; each one is paced by the client's per-region rate limiter.
                    _ = RefreshAsync(key, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RefreshAsync(InventoryKey key, CancellationToken stoppingToken)
    {
        try
        {
            await store.RefreshAsync(key, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Background refresh of {Key} failed", key);
        }
    }
}
