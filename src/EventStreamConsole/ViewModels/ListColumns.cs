using Microsoft.JSInterop;

namespace EventStreamConsole.ViewModels;

/// <summary>The event streams list's columns, in the order they show: health and state come right after the domain.</summary>
public enum ListColumn
{
    Domain,
    Health,
    State,
    Stream,
    Destination,
    Created,
    Tags,
}

/// <summary>
/// Which optional columns of the event streams list this user hides, remembered in the browser (localStorage). The domain
/// and its destination's health always show. Everything is shown until the browser has answered, and when its storage
/// is unavailable (private mode, prerendering, tests) the choice lasts for the circuit.
/// </summary>
public sealed class ListColumns(IJSRuntime js, ILogger<ListColumns> logger)
{
    private const string PreferenceKey = "homeColumns";
    private readonly HashSet<ListColumn> _hidden = [];
    private bool _loaded;

    /// <summary>The columns the chooser offers, with their headers' names.</summary>
    public static IReadOnlyList<(ListColumn Column, string Title)> Optional { get; } =
    [
        (ListColumn.State, "State"),
        (ListColumn.Stream, "Event stream"),
        (ListColumn.Destination, "Destination"),
        (ListColumn.Created, "Domain created"),
        (ListColumn.Tags, "Tags"),
    ];

    public bool Shows(ListColumn column) => !_hidden.Contains(column);

    /// <summary>The stored text for a set of hidden columns, e.g. "created,tags".</summary>
    public static string Format(IEnumerable<ListColumn> hidden) =>
        string.Join(',', hidden.Order().Select(c => c.ToString().ToLowerInvariant()));

    /// <summary>The hidden optional columns <paramref name="stored"/> names; unknown names and mandatory columns are ignored.</summary>
    public static IReadOnlySet<ListColumn> Parse(string? stored) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<ListColumn>(name, ignoreCase: true, out var column) ? column : (ListColumn?)null)
            .OfType<ListColumn>()
            .Where(c => Optional.Any(o => o.Column == c))
            .ToHashSet();

    /// <summary>Reads the choice from the browser once per circuit; true when it changed what shows.</summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return false;
        }

        _loaded = true;
        try
        {
            var hidden = Parse(await js.InvokeAsync<string?>("escConsole.load", cancellationToken, PreferenceKey));
            if (hidden.SetEquals(_hidden))
            {
                return false;
            }

            _hidden.Clear();
            _hidden.UnionWith(hidden);
            return true;
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The list's column choice could not be read; showing every column");
            return false;
        }
    }

    /// <summary>Shows or hides <paramref name="column"/> and remembers the choice in the browser.</summary>
    public async Task SetAsync(ListColumn column, bool shown, CancellationToken cancellationToken)
    {
        if (!Optional.Any(o => o.Column == column))
        {
            return;
        }

        if (shown)
        {
            _hidden.Remove(column);
        }
        else
        {
            _hidden.Add(column);
        }

        try
        {
            await js.InvokeVoidAsync("escConsole.save", cancellationToken, PreferenceKey, Format(_hidden));
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The list's column choice could not be saved");
        }
    }
}
