using System.Globalization;
using EventStreamConsole.Subscriptions;
using Microsoft.JSInterop;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// Whether this user reads timestamps in UTC or in the browser's time zone; the choice is remembered in the browser.
/// UTC until the browser has been asked (prerendering and tests have no browser).
/// </summary>
public sealed class TimeDisplay(IJSRuntime js, ILogger<TimeDisplay> logger)
{
    private const string PreferenceKey = "timeDisplay";
    private readonly Subscribers<bool> _subscribers = new(TimeSpan.Zero, TimeProvider.System, logger);
    private bool _initialized;

    public bool UseUtc { get; private set; } = true;

    public TimeZoneInfo LocalZone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Calls <paramref name="callback"/> through <paramref name="dispatch"/> when the choice or the zone changes; dispose to stop.</summary>
    public Subscription Subscribe(string name, Func<Func<Task>, Task> dispatch, Action callback) =>
        _subscribers.Subscribe(name, _ => true, dispatch, callback);

    public async Task InitializeAsync()
    {
        if (_initialized)
        {
            return;
        }

        _initialized = true;
        try
        {
            var zone = await js.InvokeAsync<string>("escConsole.timeZone");
            LocalZone = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : TimeZoneInfo.Utc;
            UseUtc = await js.InvokeAsync<string?>("escConsole.load", PreferenceKey) != "local";
            _subscribers.Notify(UseUtc);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The browser's time zone could not be read; showing UTC");
        }
    }

    public async Task SetUseUtcAsync(bool useUtc)
    {
        UseUtc = useUtc;
        _subscribers.Notify(UseUtc);
        try
        {
            await js.InvokeVoidAsync("escConsole.save", PreferenceKey, useUtc ? "utc" : "local");
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The time display preference could not be saved");
        }
    }

    public string Format(DateTime utc)
    {
        if (UseUtc)
        {
            return utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), LocalZone);
        var offset = LocalZone.GetUtcOffset(local);
        return local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) +
            $" UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }
}
