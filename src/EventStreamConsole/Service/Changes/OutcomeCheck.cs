using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;

namespace EventStreamConsole.Service.Changes;

/// <summary>
/// Reads an event stream back after a change whose answer was lost, until AWS says whether it exists: GetEventStream first,
/// ListEventStreams when that read is refused or fails, with growing pauses, for at most <see cref="Window"/>.
/// </summary>
public sealed class OutcomeCheck(TimeProvider time)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_maxPause = TimeSpan.FromSeconds(10);

    /// <summary>How long to keep reading before the outcome is recorded as unknown.</summary>
    public TimeSpan Window { get; init; } = DefaultWindow;

    public TimeSpan FirstPause { get; init; } = TimeSpan.FromSeconds(1);

    public async Task<StreamPresence> ReadUntilKnownAsync(IAmazonCustomerProfiles client, string domainName, string eventStreamName, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + Window;
        var pause = FirstPause;
        while (true)
        {
            var presence = await ReadOnceAsync(client, domainName, eventStreamName, cancellationToken);
            var remaining = deadline - time.GetUtcNow();
            if (presence.Exists is not null || remaining <= TimeSpan.Zero)
            {
                return presence;
            }

            await Task.Delay(pause < remaining ? pause : remaining, time, cancellationToken);
            pause = pause * 2 < s_maxPause ? pause * 2 : s_maxPause;
        }
    }

    private static async Task<StreamPresence> ReadOnceAsync(IAmazonCustomerProfiles client, string domainName, string eventStreamName, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await client.GetEventStreamAsync(new GetEventStreamRequest { DomainName = domainName, EventStreamName = eventStreamName }, cancellationToken);
            return StreamPresence.Found(stream.EventStreamArn, stream.DestinationDetails?.Uri);
        }
        catch (ResourceNotFoundException)
        {
            return StreamPresence.Absent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // GetEventStream may be the one permission the user's AWS identity lacks; the list answers the same question.
            return await ListOnceAsync(client, domainName, eventStreamName, ex, cancellationToken);
        }
    }

    private static async Task<StreamPresence> ListOnceAsync(IAmazonCustomerProfiles client, string domainName, string eventStreamName, Exception getError,
        CancellationToken cancellationToken)
    {
        try
        {
            var page = await client.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = domainName, MaxResults = 100 }, cancellationToken);
            var match = (page.Items ?? []).FirstOrDefault(s => string.Equals(s.EventStreamName, eventStreamName, StringComparison.Ordinal));
            return match is null ? StreamPresence.Absent : StreamPresence.Found(match.EventStreamArn, match.DestinationSummary?.Uri);
        }
        catch (ResourceNotFoundException)
        {
            // No domain, so no stream in it.
            return StreamPresence.Absent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return StreamPresence.Unknown(getError);
        }
    }
}
