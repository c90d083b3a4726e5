using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator.State;

/// <summary>
/// The (account, region) pairs the emulator answers, at most Emulator:Limits:MaxAccountRegions of them: every call
/// passes here before it is counted, throttled or reaches the store, so invented accounts and regions cannot grow the
/// state, the request counts or the throttling buckets without bound. Pairs that hold state are always admitted.
/// </summary>
public sealed class ScopeRegistry
{
    private readonly ConcurrentDictionary<Scope, byte> _admitted = new();
    private readonly Lock _gate = new();
    private readonly EmulatorStore _store;
    private readonly IOptionsMonitor<EmulatorOptions> _options;

    public ScopeRegistry(EmulatorStore store, IOptionsMonitor<EmulatorOptions> options)
    {
        _store = store;
        _options = options;
        Reset();
    }

    public int Count => _admitted.Count;

    public int Limit => _options.CurrentValue.Limits.MaxAccountRegions;

    public bool TryAdmit(Scope scope)
    {
        if (_admitted.ContainsKey(scope))
        {
            return true;
        }

        lock (_gate)
        {
            if (_admitted.Count >= Limit && !_store.Holds(scope))
            {
                return false;
            }

            _admitted.TryAdd(scope, 0);
            return true;
        }
    }

    /// <summary>Forgets every pair but those the store holds (after a reset: the seeded ones).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _admitted.Clear();
            foreach (var scope in _store.Scopes())
            {
                _admitted.TryAdd(scope, 0);
            }
        }
    }
}
