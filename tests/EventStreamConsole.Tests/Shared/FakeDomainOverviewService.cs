using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.Model;

namespace EventStreamConsole.Tests.Shared;

/// <summary>Domains in pages of the requested size, with tokens like the service's, and scripted failures.</summary>
public sealed class FakeDomainOverviewService : IDomainOverviewService
{
    public List<(string Domain, EventStreamSummary? Stream)> Domains { get; } = [];

    public Exception? DomainPageFailure { get; set; }

    public Dictionary<string, Exception> StreamFailures { get; } = [];

    public List<string?> PageRequests { get; } = [];

    public Task<DomainPage> GetDomainPageAsync(string? nextToken, int pageSize, CancellationToken cancellationToken)
    {
        PageRequests.Add(nextToken);
        if (DomainPageFailure is not null)
        {
            return Task.FromException<DomainPage>(DomainPageFailure);
        }

        var start = nextToken is null ? 0 : int.Parse(nextToken, System.Globalization.CultureInfo.InvariantCulture);
        var rows = Domains.Skip(start).Take(pageSize).Select(d => new DomainRow(d.Domain, ConsoleTestContext.Now.UtcDateTime.AddDays(-30), new Dictionary<string, string>())).ToList();
        var next = start + pageSize < Domains.Count ? (start + pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new DomainPage(rows, next));
    }

    public Task<EventStreamSummary?> GetEventStreamAsync(string domainName, CancellationToken cancellationToken) =>
        StreamFailures.TryGetValue(domainName, out var failure)
            ? Task.FromException<EventStreamSummary?>(failure)
            : Task.FromResult(Domains.Single(d => d.Domain == domainName).Stream);

    public static EventStreamSummary Stream(string domain, EventStreamState state = EventStreamState.Running,
        EventStreamDestinationStatus status = EventStreamDestinationStatus.Healthy, DateTime? unhealthySince = null) => new()
    {
        DomainName = domain,
        EventStreamName = domain + "-export",
        EventStreamArn = $"arn:aws:profile:us-east-1:123456789012:domains/{domain}/event-streams/{domain}-export",
        State = state,
        StoppedSince = state == EventStreamState.Stopped ? ConsoleTestContext.Now.UtcDateTime.AddDays(-2) : null,
        DestinationSummary = new DestinationSummary
        {
            Uri = $"arn:aws:kinesis:us-east-1:123456789012:stream/{domain}-events",
            Status = status,
            UnhealthySince = unhealthySince,
        },
    };
}
