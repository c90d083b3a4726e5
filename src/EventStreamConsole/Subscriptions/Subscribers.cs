using System.Collections.Concurrent;

namespace EventStreamConsole.Subscriptions;

/// <summary>
/// The subscribers of one store: each gets a <see cref="Subscription"/> whose callback is throttled, run through the
/// subscriber's dispatcher (a component passes its InvokeAsync) and logged when it fails. Stores call
/// <see cref="Notify"/> from any thread; it never blocks and never throws.
/// </summary>
public sealed class Subscribers<T>(TimeSpan minInterval, TimeProvider time, ILogger logger)
{
    private readonly ConcurrentDictionary<Subscription, Func<T, bool>> _all = new();

    public int Count => _all.Count;

    /// <summary>Calls <paramref name="callback"/> through <paramref name="dispatch"/> after every change that <paramref name="matches"/>.</summary>
    public Subscription Subscribe(string name, Func<T, bool> matches, Func<Func<Task>, Task> dispatch, Func<Task> callback)
    {
        ArgumentNullException.ThrowIfNull(matches);
        Subscription? subscription = null;
        subscription = new Subscription(new CallbackThrottler(name, minInterval, dispatch, callback, time, logger), () => _all.TryRemove(subscription!, out _));
        _all[subscription] = matches;
        return subscription;
    }

    /// <summary>As above, for a callback that only re-renders (a component's StateHasChanged).</summary>
    public Subscription Subscribe(string name, Func<T, bool> matches, Func<Func<Task>, Task> dispatch, Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Subscribe(name, matches, dispatch, () =>
        {
            callback();
            return Task.CompletedTask;
        });
    }

    public void Notify(T change)
    {
        foreach (var (subscription, matches) in _all)
        {
            if (matches(change))
            {
                subscription.Notify();
            }
        }
    }
}
