using System.Globalization;
using Amazon.CustomerProfiles;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// What the browser tab says about the region on screen, so a background tab tells: a title prefix ("(3 unhealthy) ")
/// and a favicon with a red count. While the region is still partly read a count is never shown as final: nothing
/// while none is found yet, "(≥3 unhealthy) " once some are.
/// </summary>
public static class UnhealthyTitle
{
    private const string Icon =
        "<rect width='32' height='32' rx='6' fill='#15324f'/><path d='M6 11h14M6 16h20M6 21h11' stroke='#7fb3e6' stroke-width='3' stroke-linecap='round'/>";

    public static int Count(InventorySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Entries.Count(e => e.Status == EventStreamDestinationStatus.UNHEALTHY);
    }

    /// <summary>"(3 unhealthy) ", "(≥3 unhealthy) " while the region is partly read, or "" when none is known.</summary>
    public static string Prefix(InventorySnapshot snapshot) => Prefix(snapshot, Count(snapshot));

    /// <summary>The prefix for <paramref name="count"/> unhealthy destinations of <paramref name="snapshot"/>.</summary>
    public static string Prefix(InventorySnapshot snapshot, int count)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Prefix(count, snapshot.IsLoaded);
    }

    /// <summary>The prefix for <paramref name="count"/> unhealthy destinations, "≥" unless every region counted was read completely.</summary>
    public static string Prefix(int count, bool complete) =>
        count == 0 ? "" : $"({(complete ? "" : "≥")}{count.ToString(CultureInfo.InvariantCulture)} unhealthy) ";

    /// <summary>The favicon with a red badge holding the count ("9+" above 9), as a data URI; null when there is none to show.</summary>
    public static string? Favicon(InventorySnapshot snapshot) => Favicon(Count(snapshot));

    /// <summary>The favicon for <paramref name="count"/> unhealthy destinations; null for none.</summary>
    public static string? Favicon(int count)
    {
        if (count == 0)
        {
            return null;
        }

        var text = count > 9 ? "9+" : count.ToString(CultureInfo.InvariantCulture);
        var svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>" + Icon +
            "<circle cx='22' cy='22' r='10' fill='#d32f2f' stroke='#fff' stroke-width='1.5'/>" +
            $"<text x='22' y='26.5' font-family='Arial,sans-serif' font-size='{(text.Length > 1 ? 11 : 13)}' font-weight='bold' fill='#fff' text-anchor='middle'>{text}</text></svg>";
        return "data:image/svg+xml," + Uri.EscapeDataString(svg);
    }
}
