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
/// Which optional columns of the event streams list this user hides and which they keep at every width, remembered in the
/// browser (localStorage). The domain and its destination's health always show. A column the user never chose is
/// "auto": shown, except that narrow screens hide the least important first (CSS); ticking it keeps it at every width
/// (a <c>pin-…</c> class on the grid lifts the CSS rule), unticking hides it. Everything is auto until the browser has
/// answered, and when its storage is unavailable (private mode, prerendering, tests) the choice lasts for the circuit.
/// </summary>
public sealed class ListColumns(IJSRuntime js, ILogger<ListColumns> logger)
{
    private const string PreferenceKey = "homeColumns";
    private readonly HashSet<ListColumn> _hidden = [];
    private readonly HashSet<ListColumn> _pinned = [];
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

    /// <summary>Whether the column is rendered at all (narrow screens may still hide an auto column).</summary>
    public bool Shows(ListColumn column) => !_hidden.Contains(column);

    /// <summary>Whether the user asked to keep the column at every width.</summary>
    public bool IsPinned(ListColumn column) => _pinned.Contains(column);

    /// <summary>The grid's classes that keep pinned columns on narrow screens, e.g. "pin-created pin-tags".</summary>
    public string PinClasses => string.Join(' ', _pinned.Order().Select(c => "pin-" + Name(c)));

    /// <summary>The CSS name of a column ("created" for <c>col-created</c>); the inverse of <see cref="FromName"/>.</summary>
    public static string Name(ListColumn column) => column.ToString().ToLowerInvariant();

    /// <summary>The optional column a CSS name means; null for others.</summary>
    public static ListColumn? FromName(string name) =>
        Enum.TryParse<ListColumn>(name, ignoreCase: true, out var column) && Optional.Any(o => o.Column == column) ? column : null;

    /// <summary>The stored text: hidden columns by name, kept ones with "+", e.g. "created,+tags".</summary>
    public static string Format(IEnumerable<ListColumn> hidden, IEnumerable<ListColumn>? pinned = null) =>
        string.Join(',', hidden.Order().Select(Name).Concat((pinned ?? []).Order().Select(c => "+" + Name(c))));

    /// <summary>The hidden optional columns <paramref name="stored"/> names; unknown names and mandatory columns are ignored.</summary>
    public static IReadOnlySet<ListColumn> Parse(string? stored) => Names(stored, pinned: false);

    /// <summary>The optional columns <paramref name="stored"/> keeps at every width ("+name").</summary>
    public static IReadOnlySet<ListColumn> ParsePinned(string? stored) => Names(stored, pinned: true);

    private static HashSet<ListColumn> Names(string? stored, bool pinned) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(name => name.StartsWith('+') == pinned)
            .Select(name => FromName(name.TrimStart('+')))
            .OfType<ListColumn>()
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
            var stored = await js.InvokeAsync<string?>("escConsole.load", cancellationToken, PreferenceKey);
            var hidden = Parse(stored);
            var pinned = ParsePinned(stored).Except(hidden).ToHashSet();
            if (hidden.SetEquals(_hidden) && pinned.SetEquals(_pinned))
            {
                return false;
            }

            _hidden.Clear();
            _hidden.UnionWith(hidden);
            _pinned.Clear();
            _pinned.UnionWith(pinned);
            return true;
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The list's column choice could not be read; showing every column");
            return false;
        }
    }

    /// <summary>Keeps <paramref name="column"/> at every width or hides it, and remembers the choice in the browser.</summary>
    public async Task SetAsync(ListColumn column, bool shown, CancellationToken cancellationToken)
    {
        if (!Optional.Any(o => o.Column == column))
        {
            return;
        }

        if (shown)
        {
            _hidden.Remove(column);
            _pinned.Add(column);
        }
        else
        {
            _hidden.Add(column);
            _pinned.Remove(column);
        }

        try
        {
            await js.InvokeVoidAsync("escConsole.save", cancellationToken, PreferenceKey, Format(_hidden, _pinned));
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The list's column choice could not be saved");
        }
    }
}
