using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;

namespace EventStreamConsole.Tests.Shared;

/// <summary>Builders for the inventory entries, summaries and details tests use.</summary>
public static class Streams
{
    public const string Account = "123456789012";
    public const string Region = "us-east-1";

    public static EventStreamSummary Summary(string domain, EventStreamState? state = null,
        EventStreamDestinationStatus? status = null, DateTime? unhealthySince = null,
        Dictionary<string, string>? tags = null)
    {
        state ??= EventStreamState.RUNNING;
        return new()
        {
            DomainName = domain,
            EventStreamName = domain + "-export",
            EventStreamArn = $"arn:aws:profile:{Region}:{Account}:domains/{domain}/event-streams/{domain}-export",
            State = state,
            StoppedSince = state == EventStreamState.STOPPED ? ConsoleTestContext.Now.UtcDateTime.AddDays(-2) : null,
            DestinationSummary = new DestinationSummary
            {
                Uri = $"arn:aws:kinesis:{Region}:{Account}:stream/{domain}-events",
                Status = status ?? EventStreamDestinationStatus.HEALTHY,
                UnhealthySince = unhealthySince,
            },
            Tags = tags,
        };
    }

    public static InventoryEntry Entry(string domain, EventStreamSummary? stream, int createdDaysAgo = 30) =>
        new(domain, ConsoleTestContext.Now.UtcDateTime.AddDays(-createdDaysAgo), new Dictionary<string, string>(), stream);

    public static EventStreamDetail Detail(string domain, EventStreamDestinationStatus? status = null,
        string? message = null, IReadOnlyDictionary<string, string>? tags = null)
    {
        status ??= EventStreamDestinationStatus.HEALTHY;
        return new(
            Region, domain, domain + "-export", $"arn:aws:profile:{Region}:{Account}:domains/{domain}/event-streams/{domain}-export",
            ConsoleTestContext.Now.UtcDateTime.AddDays(-10), EventStreamState.RUNNING, null, $"arn:aws:kinesis:{Region}:{Account}:stream/{domain}-events",
            status, status == EventStreamDestinationStatus.UNHEALTHY ? ConsoleTestContext.Now.UtcDateTime.AddHours(-3).AddMinutes(-12) : null,
            message, tags ?? new Dictionary<string, string>());
    }
}
