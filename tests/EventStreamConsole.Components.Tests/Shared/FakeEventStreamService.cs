using System.Net;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Service.Changes;
using EventStreamConsole.Subscriptions;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.Shared;

/// <summary>An in-memory IEventStreamService: what pages and dialogs see, with calls recorded and failures scripted.</summary>
public sealed partial class FakeEventStreamService : IEventStreamService
{
    private readonly Subscribers<InventoryKey> _subscribers = new(TimeSpan.Zero, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
    private readonly List<Subscription> _subscriptions = [];

    public string AccountId => Streams.Account;

    public IReadOnlyList<string> Regions { get; set; } = [Streams.Region, "eu-west-2"];

    public string DefaultRegion => Regions[0];

    /// <summary>The accounts the pages offer; one demo account unless a test adds more.</summary>
    public List<ConsoleAccount> AccountList { get; } = [];

    public IReadOnlyList<ConsoleAccount> Accounts => AccountList.Count > 0 ? AccountList
        : [new ConsoleAccount("Demo", Streams.Account, "", Regions, new CustomerProfiles.AwsClientOptions { Region = Regions[0] })];

    public ConsoleAccount AccountOf(string? accountId) => Accounts.FirstOrDefault(a => a.AccountId == accountId) ?? Accounts[0];

    public InventorySnapshot Inventory { get; set; } = new(new InventoryKey(Streams.Account, Streams.Region), [], ConsoleTestContext.Now.AddSeconds(-12), false, 0, 0, null);

    public Dictionary<(string Domain, string Stream), EventStreamDetail> Details { get; } = [];

    public List<KinesisStreamOption> KinesisStreams { get; } =
    [
        new("orders-events", $"arn:aws:kinesis:{Streams.Region}:{Streams.Account}:stream/orders-events", "ACTIVE"),
        new("audit-events", $"arn:aws:kinesis:{Streams.Region}:{Streams.Account}:stream/audit-events", "ACTIVE"),
    ];

    public Dictionary<string, CreatePrecheck> Prechecks { get; } = [];

    public Exception? Failure { get; set; }

    /// <summary>Reported by create and delete before they finish, as the real service does when AWS's answer was lost.</summary>
    public ChangeProgress? ChangeProgress { get; set; }

    /// <summary>When set, create and delete wait for it after reporting <see cref="ChangeProgress"/>.</summary>
    public TaskCompletionSource? ChangeGate { get; set; }

    public TaskCompletionSource? CreateGate { get; set; }

    public List<string> Calls { get; } = [];

    public List<(string Domain, string Name, string Destination, IReadOnlyDictionary<string, string> Tags)> Created { get; } = [];

    public List<TagChangeSet> TagChanges { get; } = [];

    public TagChangeResult? TagResult { get; set; }

    /// <summary>Pages of ListEventStreams per token, for the domain page.</summary>
    public Dictionary<string, EventStreamPage> DomainPages { get; } = [];

    /// <summary>Who the pages see as signed in; an administrator unless a test says otherwise.</summary>
    public ConsoleUser User { get; set; } = UserOf(ConsoleRole.Admin);

    /// <summary>The audit trail the audit page reads, newest first.</summary>
    public List<AuditRecord> AuditRecords { get; } = [];

    public List<AuditQuery> AuditQueries { get; } = [];

    public static ConsoleUser UserOf(params ConsoleRole[] roles) =>
        new(roles.Length == 0 ? "Nora No-Role" : $"{roles[0]} User", "00000000-0000-0000-0000-00000000000" + roles.Length, roles.ToHashSet(), new RoleNameOptions());

    public Task<ConsoleUser> GetUserAsync() => Task.FromResult(User);

    public Task<InventorySnapshot> GetInventoryAsync(InventoryKey at)
    {
        Calls.Add($"GetInventory {at.Region}");
        return Task.FromResult(Inventory);
    }

    /// <summary>What the health overview shows; built from <see cref="Inventory"/> unless a test sets it.</summary>
    public HealthOverview? Health { get; set; }

    public List<HealthTransition> History { get; } = [];

    /// <summary>The start of every window asked for.</summary>
    public List<DateTimeOffset> HistorySince { get; } = [];

    /// <summary>When the console first read each stream, by ARN, as the history store keeps it.</summary>
    public Dictionary<string, DateTimeOffset> FirstSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>When an acknowledgement made through this service is stamped.</summary>
    public DateTimeOffset AcknowledgedAt { get; set; } = ConsoleTestContext.Now;

    /// <summary>The acknowledged outages, by stream ARN, as the history store keeps them.</summary>
    public Dictionary<string, OutageAcknowledgement> Acknowledgements { get; } = new(StringComparer.Ordinal);

    public Task<HealthOverview> GetHealthOverviewAsync() => Task.FromResult(Health ?? HealthOverview.From([Inventory]));

    public Task<Subscription> SubscribeHealthAsync(Func<Func<Task>, Task> dispatch, Func<Task> onChanged) =>
        SubscribeInventoryAsync(new InventoryKey(Streams.Account, Streams.Region), dispatch, onChanged);

    public async Task<HealthHistory> GetHistoryAsync(DateTimeOffset since, string? eventStreamArn, CancellationToken cancellationToken)
    {
        await Record($"GetHistory {eventStreamArn}");
        HistorySince.Add(since);
        var own = History.Where(t => eventStreamArn is null || t.EventStreamArn == eventStreamArn).ToList();
        // As the store: the window's transitions and the last of each kind before it, per stream.
        var carried = own.Where(t => t.At < since).GroupBy(t => (t.EventStreamArn, t.Kind)).Select(g => g.MaxBy(t => t.At)!);
        return new HealthHistory(since, [.. own.Where(t => t.At >= since).Concat(carried).OrderByDescending(t => t.At)],
            FirstSeen.Where(f => eventStreamArn is null || f.Key == eventStreamArn).ToDictionary(StringComparer.Ordinal))
        {
            Acknowledgements = Acknowledgements.Where(a => eventStreamArn is null || a.Key == eventStreamArn).ToDictionary(StringComparer.Ordinal),
        };
    }

    public Task<Subscription> SubscribeInventoryAsync(InventoryKey at, Func<Func<Task>, Task> dispatch, Func<Task> onChanged)
    {
        var subscription = _subscribers.Subscribe($"fake {at}", _ => true, dispatch, onChanged);
        lock (_subscriptions)
        {
            _subscriptions.Add(subscription);
        }

        return Task.FromResult(subscription);
    }

    public async Task<AuditPage> QueryAuditAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        await Record($"QueryAudit {skip} {take}");
        AuditQueries.Add(query);
        var matching = AuditRecords.Where(r => query.Action is null || r.Action == query.Action)
            .Where(r => query.User is null || r.UserName.Contains(query.User, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new AuditPage([.. matching.Skip(skip).Take(take)], matching.Count);
    }

    /// <summary>Publishes <paramref name="snapshot"/> as the store would, and waits until every subscriber has followed it.</summary>
    public async Task PushAsync(InventorySnapshot snapshot)
    {
        Inventory = snapshot;
        _subscribers.Notify(snapshot.Key);
        Subscription[] subscriptions;
        lock (_subscriptions)
        {
            subscriptions = [.. _subscriptions];
        }

        await Task.WhenAll(subscriptions.Select(s => s.IdleAsync()));
    }

    public Task RefreshInventoryAsync(InventoryKey at, CancellationToken cancellationToken) => Record($"RefreshInventory {at.Region}");

    public Task RefreshDomainsAsync(InventoryKey at, IReadOnlyCollection<string> domainNames, CancellationToken cancellationToken) =>
        Record($"RefreshDomains {string.Join(",", domainNames)}");

    public async Task<EventStreamPage> ListEventStreamsAsync(InventoryKey at, string domainName, string? nextToken, int pageSize, CancellationToken cancellationToken)
    {
        await Record($"ListEventStreams {domainName} {nextToken}");
        return DomainPages.TryGetValue(nextToken ?? "", out var page) ? page : new EventStreamPage([], null);
    }

    public async Task<EventStreamDetail> GetEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, CancellationToken cancellationToken)
    {
        await Record($"GetEventStream {domainName}/{eventStreamName}");
        return Details.TryGetValue((domainName, eventStreamName), out var detail)
            ? detail
            : throw new ResourceNotFoundException("not found", null, Amazon.Runtime.ErrorType.Sender, "ResourceNotFoundException", "rid-404", HttpStatusCode.NotFound);
    }

    public async Task<IReadOnlyList<KinesisStreamOption>> ListKinesisStreamsAsync(InventoryKey at, CancellationToken cancellationToken)
    {
        await Record($"ListKinesisStreams {at.Region}");
        return KinesisStreams;
    }

    public Task<CreatePrecheck> PrecheckCreateAsync(InventoryKey at, string domainName, CancellationToken cancellationToken)
    {
        Calls.Add($"Precheck {domainName}");
        return Task.FromResult(Prechecks.TryGetValue(domainName, out var precheck) ? precheck : new CreatePrecheck(true, null));
    }

    public async Task<string> CreateEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, string destinationArn,
        IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken, IProgress<ChangeProgress>? progress = null)
    {
        if (CreateGate is not null)
        {
            await CreateGate.Task;
        }

        await ReportAsync(progress);

        await Record($"Create {domainName}/{eventStreamName}");
        Created.Add((domainName, eventStreamName, destinationArn, tags));
        return $"arn:aws:profile:{at.Region}:{at.Account}:domains/{domainName}/event-streams/{eventStreamName}";
    }

    public async Task DeleteEventStreamAsync(InventoryKey at, string domainName, string eventStreamName, CancellationToken cancellationToken,
        IProgress<ChangeProgress>? progress = null)
    {
        await ReportAsync(progress);
        await Record($"Delete {domainName}/{eventStreamName}");
    }

    private async Task ReportAsync(IProgress<ChangeProgress>? progress)
    {
        if (ChangeProgress is not null)
        {
            progress?.Report(ChangeProgress);
            if (ChangeGate is not null)
            {
                await ChangeGate.Task;
            }
        }
    }

    public async Task<TagChangeResult> ApplyTagChangesAsync(InventoryKey at, string domainName, string resourceArn, TagChangeSet changes, CancellationToken cancellationToken)
    {
        await Record($"ApplyTags {resourceArn}");
        TagChanges.Add(changes);
        return TagResult ?? new TagChangeResult([
            .. changes.Added.Keys.Select(k => new TagKeyResult(k, TagChangeKind.Added, true, null)),
            .. changes.Changed.Keys.Select(k => new TagKeyResult(k, TagChangeKind.Changed, true, null)),
            .. changes.Removed.Select(k => new TagKeyResult(k, TagChangeKind.Removed, true, null)),
        ]);
    }

    /// <summary>What GetDestinationFactsAsync answers, by destination ARN; a missing entry reads as a missing stream.</summary>
    public Dictionary<string, DestinationFacts> DestinationFacts { get; } = new(StringComparer.Ordinal);

    public async Task<DestinationFacts> GetDestinationFactsAsync(InventoryKey at, string destinationArn, CancellationToken cancellationToken)
    {
        await Record($"DestinationFacts {destinationArn}");
        return DestinationFacts.TryGetValue(destinationArn, out var facts) ? facts : Service.DestinationFacts.NotFound(destinationArn, AcknowledgedAt);
    }

    public async Task<OutageAcknowledgement> AcknowledgeOutageAsync(InventoryKey at, string domainName, string eventStreamName, string note, CancellationToken cancellationToken)
    {
        await Record($"Acknowledge {domainName}/{eventStreamName}");
        if (OutageAcknowledgement.NoteError(note) is { } error)
        {
            throw new ConsoleInputException(error);
        }

        var entry = Inventory.Entries.FirstOrDefault(e => e.DomainName == domainName && e.Stream?.EventStreamName == eventStreamName);
        if (entry?.Status != EventStreamDestinationStatus.UNHEALTHY || entry.UnhealthySince is not { } since)
        {
            throw new OutageNotOngoingException($"{domainName}/{eventStreamName} has no ongoing outage to acknowledge: AWS reports its destination HEALTHY now.");
        }

        var ack = new OutageAcknowledgement(at, domainName, eventStreamName, entry.Stream!.EventStreamArn!, new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc)),
            note.Trim(), "Kenji Sato", "oid-kenji", AcknowledgedAt);
        Acknowledgements[ack.EventStreamArn] = ack;
        return ack;
    }

    private Task Record(string call)
    {
        Calls.Add(call);
        return Failure is null ? Task.CompletedTask : Task.FromException(Failure);
    }
}
