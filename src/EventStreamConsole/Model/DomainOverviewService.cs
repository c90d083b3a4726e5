using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.CustomerProfiles.Model;

namespace EventStreamConsole.Model;

/// <summary>
/// Reads domains a page at a time and the event stream of each visible domain. Pages only ever ask for the
/// rows on screen: one ListEventStreams per visible domain, paced by the client's rate limiter.
/// </summary>
public sealed class DomainOverviewService(IAmazonCustomerProfiles client) : IDomainOverviewService
{
    public async Task<DomainPage> GetDomainPageAsync(string? nextToken, int pageSize, CancellationToken cancellationToken)
    {
        var response = await client.ListDomainsAsync(new ListDomainsRequest { MaxResults = pageSize, NextToken = nextToken }, cancellationToken);
        var rows = response.Items.Select(d => new DomainRow(d.DomainName, d.CreatedAt, d.Tags ?? [])).ToList();
        return new DomainPage(rows, response.NextToken);
    }

    /// <summary>The domain's event stream (AWS allows one per domain), or null when it has none.</summary>
    public async Task<EventStreamSummary?> GetEventStreamAsync(string domainName, CancellationToken cancellationToken)
    {
        var response = await client.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = domainName, MaxResults = 1 }, cancellationToken);
        return response.Items.FirstOrDefault();
    }
}

/// <summary>What the domain overview page reads; faked in component tests.</summary>
public interface IDomainOverviewService
{
    Task<DomainPage> GetDomainPageAsync(string? nextToken, int pageSize, CancellationToken cancellationToken);

    Task<EventStreamSummary?> GetEventStreamAsync(string domainName, CancellationToken cancellationToken);
}

public sealed record DomainPage(IReadOnlyList<DomainRow> Rows, string? NextToken);
