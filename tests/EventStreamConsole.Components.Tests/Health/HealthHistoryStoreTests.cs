using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Health;

public sealed class HealthHistoryStoreTests : IDisposable
{
    private static readonly InventoryKey s_key = new(Streams.Account, Streams.Region);
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("history-").FullName;

    private string DatabasePath => Path.Combine(_directory, "history.db");

    private static InventorySnapshot Snapshot(params EventStreamSummary[] streams) =>
        new(s_key, [.. streams.Select(s => Streams.Entry(s.DomainName!, s))], s_t0, false, streams.Length, streams.Length, null);

    private static EventStreamSummary Unhealthy(string domain, DateTime since) =>
        Streams.Summary(domain, status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: since);

    private static IEnumerable<string> AllWebhooks(HealthTransition t) => ["ops"];

    [Fact]
    public void Record_SameConditionTwice_TransitionRecordedOnce()
    {
        using var store = new HealthHistoryStore(DatabasePath);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0, AllWebhooks);
        var since = s_t0.UtcDateTime.AddMinutes(3);

        var first = store.Record(Snapshot(Unhealthy("retail", since)), s_t0.AddMinutes(5), AllWebhooks);
        var again = store.Record(Snapshot(Unhealthy("retail", since)), s_t0.AddMinutes(6), AllWebhooks);

        var transition = Assert.Single(first);
        Assert.Empty(again);
        Assert.Equal(("HEALTHY", "UNHEALTHY"), (transition.From, transition.To));
        Assert.Equal(new DateTimeOffset(since), transition.At);
        Assert.Single(store.DueDeliveries(s_t0.AddMinutes(10), 10));
    }

    [Fact]
    public void Acknowledge_OutageThenRecovers_AckShownThenCarriedByTheRecoveryAlertAndEnded()
    {
        using var store = new HealthHistoryStore(DatabasePath);
        var since = s_t0.UtcDateTime.AddMinutes(1);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0, AllWebhooks);
        var broke = Assert.Single(store.Record(Snapshot(Unhealthy("retail", since)), s_t0.AddMinutes(2), AllWebhooks));
        var ack = new OutageAcknowledgement(s_key, "retail", broke.EventStreamName, broke.EventStreamArn, new DateTimeOffset(since), "Recreating the Kinesis stream",
            "Kenji Sato", "oid-kenji", s_t0.AddMinutes(3));

        store.Acknowledge(ack);

        Assert.Equal(ack, store.Window(s_t0.AddDays(-1)).AcknowledgementOf(broke.EventStreamArn, since));
        Assert.Null(store.Window(s_t0.AddDays(-1)).AcknowledgementOf(broke.EventStreamArn, since.AddHours(1)));
        // The alert of the outage's start was queued before the acknowledgement: it does not claim one.
        Assert.Null(Assert.Single(store.DueDeliveries(s_t0.AddMinutes(3), 10)).Acknowledgement);

        var recovered = Assert.Single(store.Record(Snapshot(Streams.Summary("retail")), s_t0.AddMinutes(10), AllWebhooks));

        var alert = store.DueDeliveries(s_t0.AddMinutes(10), 10).Single(d => d.Transition.Id == recovered.Id);
        Assert.Equal(("Recreating the Kinesis stream", "Kenji Sato"), (alert.Acknowledgement?.Note, alert.Acknowledgement?.ByName));
        Assert.Empty(store.Window(s_t0.AddDays(-1)).Acknowledgements);
    }

    [Fact]
    public void Acknowledge_OutageEndedAndAnotherBegunBetweenSweeps_OldAckEndsAndNoAlertClaimsIt()
    {
        using var store = new HealthHistoryStore(DatabasePath);
        var first = s_t0.UtcDateTime.AddMinutes(1);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0, AllWebhooks);
        var broke = Assert.Single(store.Record(Snapshot(Unhealthy("retail", first)), s_t0.AddMinutes(2), AllWebhooks));
        store.Acknowledge(new OutageAcknowledgement(s_key, "retail", broke.EventStreamName, broke.EventStreamArn, new DateTimeOffset(first), "old outage",
            "Kenji Sato", "oid-kenji", s_t0.AddMinutes(3)));

        // Healed and broke again between two sweeps: still UNHEALTHY, since a later moment.
        store.Record(Snapshot(Unhealthy("retail", first.AddHours(1))), s_t0.AddHours(2), AllWebhooks);
        var healed = Assert.Single(store.Record(Snapshot(Streams.Summary("retail")), s_t0.AddHours(3), AllWebhooks));

        Assert.Empty(store.Window(s_t0.AddDays(-1)).Acknowledgements);
        Assert.Null(store.DueDeliveries(s_t0.AddHours(3), 10).Single(d => d.Transition.Id == healed.Id).Acknowledgement);
    }

    [Fact]
    public void Acknowledge_Again_ReplacesTheNoteAndSurvivesRestart()
    {
        var since = s_t0.UtcDateTime.AddMinutes(1);
        using (var store = new HealthHistoryStore(DatabasePath))
        {
            store.Record(Snapshot(Unhealthy("retail", since)), s_t0, AllWebhooks);
            var arn = Assert.Single(store.Query(s_t0.AddDays(-1))).EventStreamArn;
            var first = new OutageAcknowledgement(s_key, "retail", "retail-export", arn, new DateTimeOffset(since), "looking", "Kenji Sato", "oid-kenji", s_t0.AddMinutes(2));
            store.Acknowledge(first);
            store.Acknowledge(first with { Note = "found it: IAM role deleted", ByName = "Ana Lima", At = s_t0.AddMinutes(9) });
        }

        using var restarted = new HealthHistoryStore(DatabasePath);
        var ack = Assert.Single(restarted.Window(s_t0.AddDays(-1)).Acknowledgements).Value;
        Assert.Equal(("found it: IAM role deleted", "Ana Lima", s_t0.AddMinutes(9)), (ack.Note, ack.ByName, ack.At));
    }

    [Fact]
    public void Record_AfterRestart_NothingRecordedOrAnnouncedAgain()
    {
        using (var store = new HealthHistoryStore(DatabasePath))
        {
            store.Record(Snapshot(Streams.Summary("retail")), s_t0, AllWebhooks);
            store.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime.AddMinutes(1))), s_t0.AddMinutes(2), AllWebhooks);
            var due = Assert.Single(store.DueDeliveries(s_t0.AddMinutes(2), 10));
            store.MarkDelivered(due.Transition.Id, due.Webhook, s_t0.AddMinutes(2));
        }

        using var restarted = new HealthHistoryStore(DatabasePath);
        var afterRestart = restarted.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime.AddMinutes(1))), s_t0.AddMinutes(3), AllWebhooks);

        Assert.Empty(afterRestart);
        Assert.Empty(restarted.DueDeliveries(s_t0.AddHours(1), 10));
        Assert.Single(restarted.Query(s_t0.AddDays(-1)));
    }

    [Fact]
    public void Record_FirstSightOfABrokenStream_RecordedButNotAnnounced()
    {
        using var store = new HealthHistoryStore(path: null);

        var transitions = store.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime.AddDays(-2)), Streams.Summary("stopped", EventStreamState.STOPPED), Streams.Summary("fine")),
            s_t0, AllWebhooks);

        Assert.Equal(2, transitions.Count);
        Assert.All(transitions, t => Assert.True(t.FirstSeen));
        Assert.Contains(transitions, t => t is { Kind: TransitionKind.Status, To: "UNHEALTHY" } && t.At == s_t0.AddDays(-2));
        Assert.Contains(transitions, t => t is { Kind: TransitionKind.State, To: "STOPPED" });
        Assert.Empty(store.DueDeliveries(s_t0.AddHours(1), 10));
    }

    [Fact]
    public void Record_DomainReadFailed_ItsStreamIsLeftAlone()
    {
        using var store = new HealthHistoryStore(path: null);
        store.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime)), s_t0, AllWebhooks);
        var failed = new InventorySnapshot(s_key, [Streams.Entry("retail", Streams.Summary("retail")) with { Error = "ThrottlingException" }], s_t0, false, 1, 1, null);

        Assert.Empty(store.Record(failed, s_t0.AddMinutes(1), AllWebhooks));
        Assert.Empty(store.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime)), s_t0.AddMinutes(2), AllWebhooks));
    }

    [Fact]
    public void Outages_BrokenThenHealed_PairedWithTheirDuration()
    {
        using var store = new HealthHistoryStore(path: null);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0, AllWebhooks);
        store.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime.AddMinutes(10))), s_t0.AddMinutes(11), AllWebhooks);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0.AddMinutes(52), AllWebhooks);
        store.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime.AddHours(2))), s_t0.AddHours(2).AddMinutes(1), AllWebhooks);

        var outages = Outage.From(store.Query(s_t0.AddDays(-7)));

        Assert.Equal(2, outages.Count);
        Assert.True(outages[0].IsOngoing);
        Assert.Equal(TimeSpan.FromMinutes(42), outages[1].Duration(s_t0.AddDays(1)));
    }

    [Fact]
    public void Prune_OldTransitions_GoneButTheLatestOfEachStreamKept()
    {
        using var store = new HealthHistoryStore(path: null);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0, AllWebhooks);
        store.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime)), s_t0.AddMinutes(1), AllWebhooks);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0.AddMinutes(30), AllWebhooks);
        foreach (var due in store.DueDeliveries(s_t0.AddMinutes(30), 10))
        {
            store.MarkDelivered(due.Transition.Id, due.Webhook, s_t0.AddMinutes(30));
        }

        store.Prune(s_t0.AddDays(1));

        var kept = Assert.Single(store.Query(s_t0.AddYears(-1)));
        Assert.Equal("HEALTHY", kept.To);
        Assert.Empty(store.DueDeliveries(s_t0.AddDays(2), 10));
    }

    [Fact]
    public void Prune_OutageOlderThanRetentionStillOngoing_ItsStartKept()
    {
        using var store = new HealthHistoryStore(path: null);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0, AllWebhooks);
        store.Record(Snapshot(Unhealthy("retail", s_t0.UtcDateTime.AddMinutes(1))), s_t0.AddMinutes(2), AllWebhooks);

        store.Prune(s_t0.AddDays(100));

        var outage = Assert.Single(store.Window(s_t0.AddDays(93)).Outages);
        Assert.True(outage.IsOngoing);
        Assert.Equal(s_t0.AddMinutes(1), outage.StartedAt);
    }

    [Fact]
    public void Window_OutageBegunBeforeTheWindow_CarriedInAndOngoing()
    {
        using var store = new HealthHistoryStore(path: null);
        store.Record(Snapshot(Streams.Summary("retail"), Streams.Summary("fine")), s_t0, AllWebhooks);
        var began = s_t0.AddDays(1);
        store.Record(Snapshot(Unhealthy("retail", began.UtcDateTime), Streams.Summary("fine")), began.AddMinutes(1), AllWebhooks);
        var now = began.AddDays(7).AddHours(6);

        var window = store.Window(now.AddDays(-7));

        var outage = Assert.Single(window.Outages);
        Assert.True(outage.IsOngoing);
        Assert.False(outage.SinceAtLeast);
        Assert.Equal(began, outage.StartedAt);
        Assert.Single(window.Timeline);
        var arn = Streams.Summary("retail").EventStreamArn!;
        Assert.Equal(0, window.UptimeOf(arn, now)!.Share);
        Assert.Equal(s_t0, window.FirstSeen[arn]);
        Assert.Equal("uptime 100.0 %", window.UptimeOf(Streams.Summary("fine").EventStreamArn!, now)!.Describe(now));
    }

    [Fact]
    public void Window_BrokenBeforeFirstSeen_OutageSinceAtLeastUnhealthySince()
    {
        using var store = new HealthHistoryStore(path: null);
        var since = s_t0.AddDays(-20);

        store.Record(Snapshot(Unhealthy("retail", since.UtcDateTime)), s_t0, AllWebhooks);

        var outage = Assert.Single(store.Window(s_t0.AddDays(-7)).Outages);
        Assert.True(outage.SinceAtLeast);
        Assert.Equal(since, outage.StartedAt);
    }

    [Fact]
    public void Record_StreamDeleted_FirstSeenForgotten()
    {
        using var store = new HealthHistoryStore(path: null);
        store.Record(Snapshot(Streams.Summary("retail")), s_t0, AllWebhooks);

        store.Record(Snapshot(), s_t0.AddMinutes(5), AllWebhooks);

        Assert.Empty(store.Window(s_t0.AddDays(-1)).FirstSeen);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
