using Microsoft.JSInterop;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// Whether the list and <c>/health</c> apply what the background sweep pushes as it arrives, or hold the picture still
/// while someone reads it. The choice is this user's, remembered in the browser (localStorage) across reloads; until the
/// browser answers, and when its storage is unavailable, updates are live and the choice lasts for the circuit.
/// </summary>
public sealed class LiveUpdates(IJSRuntime js, ILogger<LiveUpdates> logger)
{
    private const string PreferenceKey = "liveUpdates";
    private const string PausedValue = "paused";
    private bool _loaded;

    public bool IsPaused { get; private set; }

    /// <summary>Reads the choice from the browser once per circuit; true when it changed.</summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return false;
        }

        _loaded = true;
        try
        {
            var paused = await js.InvokeAsync<string?>("escConsole.load", cancellationToken, PreferenceKey) == PausedValue;
            var changed = paused != IsPaused;
            IsPaused = paused;
            return changed;
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The live updates choice could not be read; updates stay live");
            return false;
        }
    }

    /// <summary>Pauses or resumes, and remembers the choice in the browser.</summary>
    public async Task SetAsync(bool paused, CancellationToken cancellationToken)
    {
        _loaded = true;
        IsPaused = paused;
        try
        {
            await js.InvokeVoidAsync("escConsole.save", cancellationToken, PreferenceKey, paused ? PausedValue : "live");
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The live updates choice could not be saved");
        }
    }
}
