using EventStreamConsole.Aws;

namespace EventStreamConsole.Service.Changes;

/// <summary>What a change in flight is doing, for the dialog that started it.</summary>
public sealed record ChangeProgress(string Message)
{
    public static ChangeProgress Checking(string what, Exception cause) =>
        new($"AWS's answer to {what} was lost ({AwsErrorText.Describe(cause)}). The outcome is unknown; checking whether it was applied…");
}
