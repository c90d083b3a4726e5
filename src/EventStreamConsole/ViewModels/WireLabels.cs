using Amazon.Runtime;

namespace EventStreamConsole.ViewModels;

/// <summary>The wire value of an AWS constant (RUNNING, UNHEALTHY...) as the console shows, stores and exports it.</summary>
public static class WireLabels
{
    public const string Unknown = "UNKNOWN";

    public static string Of(ConstantClass? value) => value?.Value is { Length: > 0 } wire ? wire : Unknown;
}
