using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Subscriptions;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Service;

/// <summary>
/// The one thing pages and dialogs talk to: reads from the shared inventory, calls and changes through AWS. Every operation
/// checks the signed-in user's roles and throws <see cref="ConsoleAccessDeniedException"/> when they do not allow it.
/// </summary>
public interface IEventStreamService
{
    /// <summary>The default account's id (the first configured).</summary>
    string AccountId { get; }

    /// <summary>The default account's regions.</summary>
    IReadOnlyList<string> Regions { get; }

    string DefaultRegion { get; }

    /// <summary>Every configured account, the default first.</summary>
    IReadOnlyList<ConsoleAccount> Accounts { get; }

    /// <summary>The account with this id; the default account for null or an unknown id.</summary>
    ConsoleAccount AccountOf(string? accountId);

    /// <summary>Who is signed in and what their roles allow (for the UI; the service checks again on every call).</summary>
    Task<ConsoleUser> GetUserAsync();

    /// <summary>The region's inventory as it is now; starts a refresh when it was never read or is older than Sweep:StaleAfter.</summary>
    Task<InventorySnapshot> GetInventoryAsync(InventoryKey at);

    /// <summary>
    /// Calls <paramref name="onChanged"/> through <paramref name="dispatch"/> (a component's InvokeAsync) when the region's
    /// inventory changes, bursts coalesced, failures logged; dispose to stop.
    /// </summary>
    Task<Subscription> SubscribeInventoryAsync(InventoryKey at, Func<Func<Task>, Task> dispatch, Func<Task> onChanged);

    /// <summary>Every configured region's streams, problems first, as the sweep last read them; starts the first read of any region not loaded yet.</summary>
    Task<HealthOverview> GetHealthOverviewAsync();

    /// <summary>As <see cref="SubscribeInventoryAsync"/>, for any configured region.</summary>
    Task<Subscription> SubscribeHealthAsync(Func<Func<Task>, Task> dispatch, Func<Task> onChanged);

    /// <summary>
    /// Recorded health and state transitions since <paramref name="since"/>, newest first, with the last one before it of each
    /// stream and when each stream was first read; of one stream when its ARN is given.
    /// </summary>
    Task<HealthHistory> GetHistoryAsync(DateTimeOffset since, string? eventStreamArn, CancellationToken cancellationToken);

    /// <summary>Refreshes the whole region (single flight with every other viewer).</summary>
    Task RefreshInventoryAsync(InventoryKey at, CancellationToken cancellationToken);

    /// <summary>Re-reads the event streams of the given domains only (the rows on screen).</summary>
    Task RefreshDomainsAsync(InventoryKey at, IReadOnlyCollection<string> domainNames, CancellationToken cancellationToken);

    Task<EventStreamPage> ListEventStreamsAsync(InventoryKey at, string domainName, string? nextToken, int pageSize, CancellationToken cancellationToken);

    Task<EventStreamDetail> GetEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, CancellationToken cancellationToken);

    /// <summary>
    /// What Kinesis says of a destination (DescribeStreamSummary, in the destination's region), cached for
    /// <see cref="DestinationFactsCache.Lifetime"/>; <see cref="DestinationFacts.Missing"/> when the stream does not exist.
    /// </summary>
    Task<DestinationFacts> GetDestinationFactsAsync(InventoryKey at, string destinationArn, CancellationToken cancellationToken);

    Task<IReadOnlyList<KinesisStreamOption>> ListKinesisStreamsAsync(InventoryKey at, CancellationToken cancellationToken);

    Task<CreatePrecheck> PrecheckCreateAsync(InventoryKey at, string domainName, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the stream and returns its ARN. When AWS's answer is lost, reports "outcome unknown, checking" through
    /// <paramref name="progress"/> and reads the stream back until the outcome is known (or throws <see cref="Changes.ChangeOutcomeUnknownException"/>).
    /// </summary>
    Task<string> CreateEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, string destinationArn,
        IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken, IProgress<Changes.ChangeProgress>? progress = null);

    /// <summary>Deletes the stream; a lost answer is settled by reading back, as for <see cref="CreateEventStreamAsync"/>.</summary>
    Task DeleteEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, CancellationToken cancellationToken,
        IProgress<Changes.ChangeProgress>? progress = null);

    Task<TagChangeResult> ApplyTagChangesAsync(InventoryKey at, string domainName, string resourceArn,
        TagChangeSet changes, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the signed-in user knows of the stream's ongoing outage, with a note (EventStreams.TagEditor or
    /// EventStreams.Admin; audited). The stream is read from AWS first: only an UNHEALTHY destination can be acknowledged,
    /// otherwise <see cref="OutageNotOngoingException"/>. The note's rule is <see cref="OutageAcknowledgement.NoteError"/>.
    /// </summary>
    Task<OutageAcknowledgement> AcknowledgeOutageAsync(InventoryKey at, string domainName, string eventStreamName, string note, CancellationToken cancellationToken);

    /// <summary>The audit trail, newest first (EventStreams.Admin or EventStreams.Auditor).</summary>
    Task<AuditPage> QueryAuditAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken);
}
