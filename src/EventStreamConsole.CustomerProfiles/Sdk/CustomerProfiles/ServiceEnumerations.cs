using Amazon.Runtime;

namespace Amazon.CustomerProfiles;

// Constant classes, not enums, as the SDK generates them: a value AWS adds later still arrives (as its own instance).

/// <summary>The state of an event stream's export.</summary>
public sealed class EventStreamState(string value) : ConstantClass(value)
{
    public static readonly EventStreamState RUNNING = new("RUNNING");
    public static readonly EventStreamState STOPPED = new("STOPPED");

    public static EventStreamState? FindValue(string? value) => value is null ? null : FindValue<EventStreamState>(value);

    public static implicit operator EventStreamState?(string? value) => FindValue(value);
}

/// <summary>The health of an event stream's destination.</summary>
public sealed class EventStreamDestinationStatus(string value) : ConstantClass(value)
{
    public static readonly EventStreamDestinationStatus HEALTHY = new("HEALTHY");
    public static readonly EventStreamDestinationStatus UNHEALTHY = new("UNHEALTHY");

    public static EventStreamDestinationStatus? FindValue(string? value) => value is null ? null : FindValue<EventStreamDestinationStatus>(value);

    public static implicit operator EventStreamDestinationStatus?(string? value) => FindValue(value);
}
