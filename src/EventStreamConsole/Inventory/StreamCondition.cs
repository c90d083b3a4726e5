using Amazon.CustomerProfiles.Model;

namespace EventStreamConsole.Inventory;

/// <summary>What a list viewer sees of a stream: which stream, its state, its destination and that destination's health.</summary>
public static class StreamCondition
{
    public static bool Same(EventStreamSummary? a, EventStreamSummary? b) =>
        a is null || b is null ? a is null && b is null
        : a.EventStreamName == b.EventStreamName
            && a.State == b.State
            && a.DestinationSummary?.Status == b.DestinationSummary?.Status
            && a.DestinationSummary?.UnhealthySince == b.DestinationSummary?.UnhealthySince
            && a.DestinationSummary?.Uri == b.DestinationSummary?.Uri;
}
