using System.Collections.Concurrent;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Paces calls per (account, region, operation) so they never exceed the operation's TPS: each call reserves
/// the next free slot, 1/TPS after the previous one, and waits for it. Shared by every client in the process.
/// </summary>
public sealed class AwsRateLimiter(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<(string Account, string Region, string Operation), Slot> _slots = new();

    public async ValueTask AcquireAsync(string account, string region, string operation, double tps, CancellationToken cancellationToken)
    {
        if (tps <= 0)
        {
            return;
        }

        var slot = _slots.GetOrAdd((account, region, operation), _ => new Slot());
        var interval = TimeSpan.FromSeconds(1 / tps);
        TimeSpan wait;
        lock (slot)
        {
            var now = timeProvider.GetUtcNow();
            var start = slot.NextFree > now ? slot.NextFree : now;
            slot.NextFree = start + interval;
            wait = start - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    private sealed class Slot
    {
        public DateTimeOffset NextFree { get; set; } = DateTimeOffset.MinValue;
    }
}
