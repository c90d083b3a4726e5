using System.Collections.Concurrent;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.Emulator.State;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>
/// A token bucket per (account, region, operation) holding one second of the operation's TPS, as AWS enforces
/// its API quotas; the bucket refills continuously.
/// </summary>
public sealed class ThrottleGate(IOptionsMonitor<EmulatorOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<(Scope, string), Bucket> _buckets = new();
    private int _enabledOverride = -1; // -1: follow configuration; 0 or 1: set by the admin API

    public bool Enabled
    {
        get => Volatile.Read(ref _enabledOverride) switch { 0 => false, 1 => true, _ => options.CurrentValue.Throttling.Enabled };
        set => Volatile.Write(ref _enabledOverride, value ? 1 : 0);
    }

    public bool TryEnter(Scope scope, string operation)
    {
        if (!Enabled)
        {
            return true;
        }

        var tps = OperationQuotas.For(operation, options.CurrentValue.Throttling.OperationTps);
        var bucket = _buckets.GetOrAdd((scope, operation), _ => new Bucket());
        var now = time.GetTimestamp();
        lock (bucket)
        {
            var capacity = Math.Max(1, tps);
            if (bucket.LastRefill == 0)
            {
                bucket.Tokens = capacity;
            }
            else
            {
                var elapsed = time.GetElapsedTime(bucket.LastRefill, now).TotalSeconds;
                bucket.Tokens = Math.Min(capacity, bucket.Tokens + (elapsed * tps));
            }

            bucket.LastRefill = now;
            if (bucket.Tokens < 1)
            {
                return false;
            }

            bucket.Tokens -= 1;
            return true;
        }
    }

    public void Reset() => _buckets.Clear();

    private sealed class Bucket
    {
        public double Tokens { get; set; }
        public long LastRefill { get; set; }
    }
}
