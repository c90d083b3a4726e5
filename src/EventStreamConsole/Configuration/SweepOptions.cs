namespace EventStreamConsole.Configuration;

/// <summary>The background sweep that keeps every configured region's inventory fresh (configuration section <c>Sweep</c>).</summary>
public sealed class SweepOptions
{
    public const string SectionName = "Sweep";

    /// <summary>Off: a region is read only when someone opens it or asks for a refresh.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The time from the start of one sweep to the start of the next (a sweep that takes longer is followed at once).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many intervals a snapshot may age before a page opening it asks for a refresh: the sweep missed one.</summary>
    public const int StaleAfterIntervals = 2;

    /// <summary>The age past which a page asks for a refresh (<see cref="StaleAfterIntervals"/> × Interval); younger, the sweep's picture is shown.</summary>
    public TimeSpan StaleAfter => Interval * StaleAfterIntervals;
}
