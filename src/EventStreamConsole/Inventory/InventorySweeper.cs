using System.Diagnostics;
using EventStreamConsole.Aws;
using EventStreamConsole.Configuration;
using EventStreamConsole.Health;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Inventory;

/// <summary>
/// Sweeps every configured (account, region) every Sweep:Interval, all of them in parallel; each region is paced by the
/// client's per-region rate limiter, and each refresh is single flight with any viewer's. Open pages get the results
/// pushed by the store; they never call AWS for the list themselves.
/// </summary>
public sealed class InventorySweeper(InventoryStore store, RegionClients clients, IOptions<SweepOptions> options, TimeProvider time,
    ConsoleMetrics metrics, ILogger<InventorySweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, time);
        try
        {
            do
            {
                await SweepAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One sweep of every configured region; a region that fails is logged and marked stale, the others go on.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var keys = clients.Keys;
        await Task.WhenAll(keys.Select(key => RefreshAsync(key, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.RecordSweep(elapsed);
        logger.LogInformation("Swept {Regions} account regions in {Seconds:0.0} s", keys.Count, elapsed.TotalSeconds);
    }

    private async Task RefreshAsync(InventoryKey key, CancellationToken cancellationToken)
    {
        try
        {
            await store.RefreshAsync(key, cancellationToken);
            if (store.Get(key).LastError is { } error)
            {
                metrics.RecordRefreshError(key);
                logger.LogWarning("Sweeping {Key} failed: {Error}; its last good picture stays, marked stale", key, error);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Sweeping {Key} failed", key);
        }
    }
}
