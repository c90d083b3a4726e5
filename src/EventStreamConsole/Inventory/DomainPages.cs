using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;

namespace EventStreamConsole.Inventory;

/// <summary>Every domain of a region, following ListDomains' NextToken (the service model, so the SDK, has no paginator for it).</summary>
public static class DomainPages
{
    public static async Task<List<ListDomainItem>> ListAllAsync(IAmazonCustomerProfiles client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var domains = new List<ListDomainItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await client.ListDomainsAsync(new ListDomainsRequest { MaxResults = 100, NextToken = token }, cancellationToken);
            domains.AddRange(page.Items ?? []);
            token = page.NextToken;
            if (!string.IsNullOrEmpty(token) && !seen.Add(token))
            {
                throw new InvalidOperationException($"ListDomains returned the same NextToken twice ('{token}'); stopping to avoid an endless loop.");
            }
        }
        while (!string.IsNullOrEmpty(token));

        return domains;
    }
}
