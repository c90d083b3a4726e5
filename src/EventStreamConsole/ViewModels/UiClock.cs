using EventStreamConsole.Subscriptions;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// One tick a second for a circuit's relative times ("3 s ago"), instead of a timer per timestamp. It stops when the app
/// stops, so a disconnected circuit kept alive during shutdown does not render into a disposed app.
/// </summary>
public sealed class UiClock : IDisposable
{
    private readonly ITimer _timer;
    private readonly CancellationTokenRegistration _stopping;
    private readonly Subscribers<DateTimeOffset> _subscribers;

    public UiClock(TimeProvider time, IHostApplicationLifetime lifetime, ILogger<UiClock> logger)
    {
        _subscribers = new(TimeSpan.Zero, time, logger);
        _timer = time.CreateTimer(_ => _subscribers.Notify(time.GetUtcNow()), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        _stopping = lifetime.ApplicationStopping.Register(() => _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
    }

    /// <summary>Calls <paramref name="callback"/> through <paramref name="dispatch"/> every second; dispose to stop.</summary>
    public Subscription Subscribe(string name, Func<Func<Task>, Task> dispatch, Action callback) =>
        _subscribers.Subscribe(name, _ => true, dispatch, callback);

    public void Dispose()
    {
        _stopping.Dispose();
        _timer.Dispose();
    }
}
