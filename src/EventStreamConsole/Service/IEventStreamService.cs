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

    /// <summary>
    /// Starts a bulk tag edit of <paramref name="targets"/> on the server (EventStreams.TagEditor or EventStreams.Admin): each
    /// stream's tags are read, the edit planned against them and only its keys sent, paced at AWS's rate. Audited as one batch
    /// record plus one entry per call, all under the job's id. Throws <see cref="ConsoleInputException"/> for a bad edit or
    /// stream list and <see cref="BulkChanges.BulkStreamsBusyException"/> when a stream is in another running job.
    /// </summary>
    Task<BulkChanges.BulkJobView> StartBulkTagEditAsync(InventoryKey at, IReadOnlyList<BulkChanges.BulkTarget> targets, BulkChanges.BulkTagEdit edit,
        CancellationToken cancellationToken);

    /// <summary>
    /// Starts moving <paramref name="targets"/> to the Kinesis stream <paramref name="newDestinationArn"/> (EventStreams.Admin),
    /// each as <see cref="ChangeDestinationAsync"/> does, with the same report as a bulk tag edit.
    /// </summary>
    Task<BulkChanges.BulkJobView> StartBulkDestinationChangeAsync(InventoryKey at, IReadOnlyList<BulkChanges.BulkTarget> targets, string newDestinationArn,
        CancellationToken cancellationToken);

    /// <summary>A new job over the streams that failed in a finished job, making the same change.</summary>
    Task<BulkChanges.BulkJobView> RetryFailedAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>A job the user may see (their own, or any for an admin); null when unknown or not theirs.</summary>
    Task<BulkChanges.BulkJobView?> GetBulkJobAsync(string jobId);

    /// <summary>The jobs the user may see, newest first.</summary>
    Task<IReadOnlyList<BulkChanges.BulkJobView>> ListBulkJobsAsync();

    /// <summary>Follows one job's progress (or every job's, for null).</summary>
    Task<Subscription> SubscribeBulkJobsAsync(string? jobId, Func<Func<Task>, Task> dispatch, Func<Task> onChanged);

    /// <summary>Stops a running job after the stream in progress; the rest are reported as not started.</summary>
    Task CancelBulkJobAsync(string jobId);

    /// <summary>
    /// Checks that <paramref name="newDestinationArn"/> can take the stream: a Kinesis stream ARN in the stream's account
    /// and region, not the current destination, that exists and is ACTIVE. Null when it can; otherwise why not.
    /// </summary>
    Task<string?> PrecheckDestinationChangeAsync(InventoryKey at, string currentDestinationArn, string newDestinationArn, CancellationToken cancellationToken);

    /// <summary>
    /// Moves one stream to another Kinesis stream (EventStreams.Admin). AWS has no update, so after the pre-checks the stream
    /// is deleted and created again with the same name and tags, then read back; when the create fails the old destination
    /// is restored if it can be. Every step is audited under one operation id; the outcome says exactly where the stream is.
    /// </summary>
    Task<Changes.DestinationChangeOutcome> ChangeDestinationAsync(InventoryKey at, string domainName, string eventStreamName, string newDestinationArn,
        CancellationToken cancellationToken, IProgress<string>? progress = null);

    /// <summary>The audit trail, newest first (EventStreams.Admin or EventStreams.Auditor).</summary>
    Task<AuditPage> QueryAuditAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken);
}
