using Amazon.Kinesis.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.Service;

/// <summary>
/// Reads what Kinesis says of a destination (DescribeStreamSummary, in the destination's own region) through the client,
/// paced like every call; a cached answer younger than <see cref="DestinationFactsCache.Lifetime"/> serves pages, while a
/// change of destination always asks afresh.
/// </summary>
public sealed class DestinationReader(RegionClients clients, DestinationFactsCache cache, TimeProvider time)
{
    public async Task<DestinationFacts> ReadAsync(InventoryKey at, CustomerProfiles.Validation.KinesisStreamArn arn, bool fresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arn);
        var text = arn.ToString();
        if (!fresh && cache.Get(text) is { } cached)
        {
            return cached;
        }

        DestinationFacts facts;
        try
        {
            var response = await clients.Kinesis(at with { Region = arn.Region }).DescribeStreamSummaryAsync(
                new DescribeStreamSummaryRequest { StreamARN = text }, cancellationToken);
            facts = response.StreamDescriptionSummary is { } summary
                ? DestinationFacts.From(text, summary, time.GetUtcNow())
                : DestinationFacts.NotFound(text, time.GetUtcNow());
        }
        catch (ResourceNotFoundException)
        {
            facts = DestinationFacts.NotFound(text, time.GetUtcNow());
        }

        cache.Set(facts);
        return facts;
    }
}
