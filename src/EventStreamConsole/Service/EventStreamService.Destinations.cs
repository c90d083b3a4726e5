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

        return await destinations.ReadAsync(at, arn, fresh: false, cancellationToken);
    }
}
