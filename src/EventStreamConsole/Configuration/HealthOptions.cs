namespace EventStreamConsole.Configuration;

/// <summary>What counts as an outage worth waking someone for (configuration section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>/health/destinations answers 503 once a destination has been UNHEALTHY for longer than this.</summary>
    public TimeSpan UnhealthyThreshold { get; set; } = TimeSpan.FromMinutes(15);
}
