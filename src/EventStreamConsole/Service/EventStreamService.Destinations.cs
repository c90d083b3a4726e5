using Amazon.Kinesis.Model;
using EventStreamConsole.Authentication;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Inventory;

namespace EventStreamConsole.Service;

/// <summary>The service's reads of Kinesis destinations.</summary>
public sealed partial class EventStreamService
{
    public async Task<DestinationFacts> GetDestinationFactsAsync(InventoryKey at, string destinationArn, CancellationToken cancellationToken)
    {
        await user.DemandAsync(ConsolePermission.View);
        if (!KinesisStreamArn.TryParse(destinationArn, out var arn))
        {
            throw new ConsoleInputException($"Destination '{destinationArn}' is not a Kinesis stream ARN (arn:aws:kinesis:region:account:stream/name).");
        }

        if (destinationFacts.Get(destinationArn) is { } cached)
        {
            return cached;
        }

        DestinationFacts facts;
        try
        {
            var response = await clients.Kinesis(at with { Region = arn.Region }).DescribeStreamSummaryAsync(
                new DescribeStreamSummaryRequest { StreamARN = destinationArn }, cancellationToken);
            facts = response.StreamDescriptionSummary is { } summary
                ? DestinationFacts.From(destinationArn, summary, time.GetUtcNow())
                : DestinationFacts.NotFound(destinationArn, time.GetUtcNow());
        }
        catch (Amazon.Kinesis.Model.ResourceNotFoundException)
        {
            facts = DestinationFacts.NotFound(destinationArn, time.GetUtcNow());
        }

        destinationFacts.Set(facts);
        return facts;
    }
}
