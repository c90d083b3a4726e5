namespace EventStreamConsole.Tests.EndToEnd.Infrastructure;

/// <summary>The real console sweeping every 5 s, as an on-call engineer leaves /health open.</summary>
public sealed class SweepingEndToEndFixture : EndToEndFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [.. base.Settings, new("Sweep:Interval", "00:00:05")];
}
