namespace EventStreamConsole.Subscriptions;

/// <summary>A subscriber to a store's changes, handed out by <see cref="Subscribers{T}"/>; dispose to stop its callbacks.</summary>
public sealed class Subscription : IDisposable
{
    private readonly CallbackThrottler _throttler;
    private Action? _unsubscribe;

    internal Subscription(CallbackThrottler throttler, Action unsubscribe)
    {
        _throttler = throttler;
        _unsubscribe = unsubscribe;
    }

    internal void Notify() => _throttler.Notify();

    /// <summary>Completes when the callbacks asked for so far have run.</summary>
    public Task IdleAsync() => _throttler.IdleAsync();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _unsubscribe, null) is { } unsubscribe)
        {
            unsubscribe();
            _throttler.Dispose();
        }
    }
}
