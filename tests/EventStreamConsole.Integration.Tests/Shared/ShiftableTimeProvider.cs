namespace EventStreamConsole.Tests.Shared;

/// <summary>The system clock with an offset a test can move forward (sessions expire) while timers and delays stay real.</summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
