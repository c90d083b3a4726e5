using EventStreamConsole.Service;

namespace EventStreamConsole.Subscriptions;

/// <summary>
/// Runs one subscriber's callback after a change, at most once per <c>minInterval</c>: a burst of notifications while a
/// run is waiting becomes that one run. The callback goes through <c>dispatch</c> (a component's InvokeAsync, so it runs
/// on the renderer), runs are never concurrent, and a failure is logged, never thrown at the notifier.
/// </summary>
public sealed class CallbackThrottler : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private readonly string _name;
    private readonly TimeSpan _minInterval;
    private readonly Func<Func<Task>, Task> _dispatch;
    private readonly Func<Task> _callback;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Task _last = Task.CompletedTask;
    private bool _queued;
    private long? _lastRun;

    public CallbackThrottler(string name, TimeSpan minInterval, Func<Func<Task>, Task> dispatch, Func<Task> callback, TimeProvider time, ILogger logger)
    {
        _name = name;
        _minInterval = minInterval;
        _dispatch = dispatch;
        _callback = callback;
        _time = time;
        _logger = logger;
    }

    /// <summary>Asks for a run; returns at once. Ignored when a run is already queued, or after disposal.</summary>
    public void Notify()
    {
        lock (_gate)
        {
            if (_queued || _disposed.IsCancellationRequested)
            {
                return;
            }

            _queued = true;
            var previous = _last;
            _last = Task.Run(() => RunAfterAsync(previous), CancellationToken.None);
        }
    }

    /// <summary>Completes when the queued and running callbacks have finished (for tests and orderly shutdown).</summary>
    public Task IdleAsync()
    {
        lock (_gate)
        {
            return _last;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed.Cancel();
        }
    }

    private async Task RunAfterAsync(Task previous)
    {
        var token = _disposed.Token;
        try
        {
            await previous;
            if (_lastRun is { } last && _minInterval - _time.GetElapsedTime(last) is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, token);
            }

            lock (_gate)
            {
                // From here on a new notification queues another run: this one may already have read the state.
                _queued = false;
                _lastRun = _time.GetTimestamp();
            }

            if (!token.IsCancellationRequested)
            {
                await _dispatch(() => token.IsCancellationRequested ? Task.CompletedTask : _callback());
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (ConsoleAccessDeniedException ex)
        {
            // The session ended or lost its role; the router is sending the user to sign in, the page says why.
            _logger.LogDebug(ex, "The subscriber {Subscriber} may no longer read what it follows", _name);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "The subscriber {Subscriber} failed to follow a change", _name);
        }
    }
}
