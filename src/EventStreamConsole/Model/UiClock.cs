namespace EventStreamConsole.Model;

/// <summary>
/// One tick a second for a circuit's relative times ("3 s ago"), instead of a timer per timestamp. It stops when the app
/// stops, so a disconnected circuit kept alive during shutdown does not render into a disposed app.
/// </summary>
public sealed class UiClock : IDisposable
{
    private readonly ITimer _timer;
    private readonly CancellationTokenRegistration _stopping;

    public UiClock(TimeProvider time, IHostApplicationLifetime lifetime)
    {
        _timer = time.CreateTimer(_ => Tick?.Invoke(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        _stopping = lifetime.ApplicationStopping.Register(() => _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
    }

    public event Action? Tick;

    public void Dispose()
    {
        _stopping.Dispose();
        _timer.Dispose();
    }
}
