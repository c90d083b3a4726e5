using EventStreamConsole.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EventStreamConsole.Tests.Subscriptions;

public sealed class CallbackThrottlerTests
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(500);
    private readonly FakeTimeProvider _time = new();
    private int _runs;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notify_BurstWhileARunWaits_CoalescesIntoOneRun()
    {
        using var throttler = Throttler(Count);
        throttler.Notify();
        await throttler.IdleAsync();

        for (var i = 0; i < 20; i++)
        {
            throttler.Notify();
        }

        // The clock has not moved, so the queued run is still waiting out the interval.
        Assert.Equal(1, _runs);
        await AdvanceUntilIdleAsync(throttler);
        Assert.Equal(2, _runs);
    }

    [Fact]
    public async Task Notify_AfterTheInterval_RunsAtOnce()
    {
        using var throttler = Throttler(Count);
        throttler.Notify();
        await throttler.IdleAsync();
        _time.Advance(s_interval);

        throttler.Notify();
        await throttler.IdleAsync();

        Assert.Equal(2, _runs);
    }

    [Fact]
    public async Task Dispose_WithARunQueued_CallbackNeverRunsAgain()
    {
        var throttler = Throttler(Count);
        throttler.Notify();
        await throttler.IdleAsync();
        throttler.Notify();

        throttler.Dispose();
        await AdvanceUntilIdleAsync(throttler);
        throttler.Notify();
        await throttler.IdleAsync();

        Assert.Equal(1, _runs);
    }

    [Fact]
    public async Task Notify_CallbackThrows_FailureIsLoggedNotThrown()
    {
        var logger = new ListLogger();
        using var throttler = new CallbackThrottler("failing", s_interval, f => f(), () => throw new InvalidOperationException("boom"), _time, logger);

        throttler.Notify();
        await throttler.IdleAsync();

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("boom", entry.Exception?.Message);
        Assert.Contains("failing", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_WithADispatcher_CallbackRunsInsideIt()
    {
        var inside = false;
        var ranInside = false;
        using var throttler = new CallbackThrottler("dispatched", s_interval, async f =>
        {
            inside = true;
            await f();
            inside = false;
        }, () =>
        {
            ranInside = inside;
            return Task.CompletedTask;
        }, _time, NullLogger.Instance);

        throttler.Notify();
        await throttler.IdleAsync();

        Assert.True(ranInside);
    }

    [Fact]
    public async Task Subscribe_DisposedSubscription_StopsCallbacksAndOthersGoOn()
    {
        var subscribers = new Subscribers<string>(TimeSpan.Zero, _time, NullLogger.Instance);
        var other = 0;
        var stopped = subscribers.Subscribe("stopped", _ => true, f => f(), Count);
        using var going = subscribers.Subscribe("going", k => k == "a", f => f(), () => Interlocked.Increment(ref other));

        stopped.Dispose();
        subscribers.Notify("a");
        subscribers.Notify("b");
        await going.IdleAsync();
        await stopped.IdleAsync();

        Assert.Equal(0, _runs);
        Assert.Equal(1, other);
        Assert.Equal(1, subscribers.Count);
    }

    private CallbackThrottler Throttler(Func<Task> callback) => new("test", s_interval, f => f(), callback, _time, NullLogger.Instance);

    private Task Count()
    {
        Interlocked.Increment(ref _runs);
        return Task.CompletedTask;
    }

    /// <summary>Moves the fake clock until the queued run has run (it reaches its wait on the thread pool, at its own pace).</summary>
    private async Task AdvanceUntilIdleAsync(CallbackThrottler throttler)
    {
        var idle = throttler.IdleAsync();
        while (!idle.IsCompleted)
        {
            _time.Advance(s_interval);
            await Task.WhenAny(idle, Task.Delay(TimeSpan.FromMilliseconds(20), Ct));
        }

        await idle;
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception), exception));
            }
        }
    }
}
