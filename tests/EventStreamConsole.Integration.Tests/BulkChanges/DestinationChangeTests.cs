using EventStreamConsole.Audit;
using EventStreamConsole.BulkChanges;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Service.Changes;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.BulkChanges;

/// <summary>Changes of destination (delete, create again, read back, recover) through the real service and emulator.</summary>
public sealed class DestinationChangeTests : IAsyncLifetime
{
    private static readonly InventoryKey At = new("123456789012", "us-east-1");
    private ConsoleWebApplication _app = null!;
    private AsyncServiceScope _admin;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IEventStreamService Service => _admin.ServiceProvider.GetRequiredService<IEventStreamService>();

    private FaultInjector Faults => _app.Emulator!.Services.GetRequiredService<FaultInjector>();

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(
        [
            new("Emulator:Throttling:Enabled", "false"),
            new("CustomerProfiles:RateLimitingEnabled", "false"),
            new("CustomerProfiles:MaxAttempts", "1"),
            new("Sweep:Enabled", "false"),
        ], cancellationToken: Ct);
        await _app.StartAsync(Ct);
        _admin = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
    }

    [Fact]
    public async Task ChangeDestination_ActiveStream_MovedWithSameNameAndTags()
    {
        var (stream, newUri) = await PickAsync();

        var outcome = await Service.ChangeDestinationAsync(At, stream.DomainName, stream.EventStreamName, newUri, Ct);
        var now = await Service.GetEventStreamAsync(At, stream.DomainName, stream.EventStreamName, Ct);

        Assert.Equal(DestinationChangeState.Moved, outcome.State);
        Assert.Contains("were not exported", outcome.Sentence, StringComparison.Ordinal);
        Assert.Equal(newUri, now.DestinationUri);
        Assert.Equal(stream.Tags, now.Tags);
        var steps = await StepsAsync(outcome.OperationId);
        Assert.Equal([(AuditActions.ChangeDestination, AuditResult.Succeeded), (AuditActions.DeleteEventStream, AuditResult.Succeeded), (AuditActions.CreateEventStream, AuditResult.Succeeded)],
            steps.Select(s => (s.Action, s.Result)));
    }

    [Fact]
    public async Task ChangeDestination_CreateFailsAfterDelete_RestoredToOldDestinationAndEveryStepAudited()
    {
        var (stream, newUri) = await PickAsync();
        Faults.Set("CreateEventStream", new FaultRule { FailNext = 1, ErrorType = "BadRequestException", StatusCode = 400 });

        var outcome = await Service.ChangeDestinationAsync(At, stream.DomainName, stream.EventStreamName, newUri, Ct);
        var now = await Service.GetEventStreamAsync(At, stream.DomainName, stream.EventStreamName, Ct);

        Assert.Equal(DestinationChangeState.RestoredToOld, outcome.State);
        Assert.Contains("created again on its old destination", outcome.Sentence, StringComparison.Ordinal);
        Assert.Equal(stream.DestinationUri, now.DestinationUri);
        Assert.Equal(stream.Tags, now.Tags);
        var steps = await StepsAsync(outcome.OperationId);
        Assert.Equal(
            [(AuditActions.ChangeDestination, AuditResult.Failed), (AuditActions.DeleteEventStream, AuditResult.Succeeded),
             (AuditActions.CreateEventStream, AuditResult.Failed), (AuditActions.CreateEventStream, AuditResult.Succeeded)],
            steps.Select(s => (s.Action, s.Result)));
        Assert.Equal(newUri, steps[2].After["Uri"]);
        Assert.Equal(stream.DestinationUri, steps[3].After["Uri"]);
        Assert.Equal(outcome.Sentence, steps[0].Error);
    }

    [Fact]
    public async Task ChangeDestination_BothCreatesFail_SaysDeletedWithTheCommandThatRecreatesIt()
    {
        var (stream, newUri) = await PickAsync();
        Faults.Set("CreateEventStream", new FaultRule { FailNext = 2, ErrorType = "BadRequestException", StatusCode = 400 });

        var outcome = await Service.ChangeDestinationAsync(At, stream.DomainName, stream.EventStreamName, newUri, Ct);

        Assert.Equal(DestinationChangeState.Deleted, outcome.State);
        Assert.Contains($"{stream.DomainName}/{stream.EventStreamName} is deleted", outcome.Sentence, StringComparison.Ordinal);
        Assert.StartsWith($"aws customer-profiles create-event-stream --domain-name {stream.DomainName} --event-stream-name {stream.EventStreamName} --uri {stream.DestinationUri}",
            outcome.Recovery, StringComparison.Ordinal);
        await Assert.ThrowsAsync<Amazon.CustomerProfiles.Model.ResourceNotFoundException>(() => Service.GetEventStreamAsync(At, stream.DomainName, stream.EventStreamName, Ct));
        Assert.Equal(AuditResult.Failed, (await StepsAsync(outcome.OperationId))[0].Result);
    }

    [Fact]
    public async Task ChangeDestination_NewDestinationMissingOrSame_NothingChanged()
    {
        var (stream, _) = await PickAsync();
        var missing = $"arn:aws:kinesis:us-east-1:123456789012:stream/no-such-stream";

        var gone = await Service.ChangeDestinationAsync(At, stream.DomainName, stream.EventStreamName, missing, Ct);
        var same = await Service.ChangeDestinationAsync(At, stream.DomainName, stream.EventStreamName, stream.DestinationUri, Ct);
        var elsewhere = await Service.PrecheckDestinationChangeAsync(At, stream.DestinationUri, "arn:aws:kinesis:eu-west-2:123456789012:stream/orders", Ct);

        Assert.Equal(DestinationChangeState.Unchanged, gone.State);
        Assert.Contains("does not exist", gone.Sentence, StringComparison.Ordinal);
        Assert.Equal(DestinationChangeState.AlreadyThere, same.State);
        Assert.Contains("eu-west-2", elsewhere, StringComparison.Ordinal);
        Assert.Equal(stream.DestinationUri, (await Service.GetEventStreamAsync(At, stream.DomainName, stream.EventStreamName, Ct)).DestinationUri);
    }

    [Fact]
    public async Task ChangeDestination_TagEditor_RefusedAndAudited()
    {
        var (stream, newUri) = await PickAsync();
        await using var editor = await SignedInScope.CreateAsync(_app.Services, "Tess TagEditor", "EventStreams.TagEditor");

        await Assert.ThrowsAsync<ConsoleAccessDeniedException>(() => editor.ServiceProvider.GetRequiredService<IEventStreamService>()
            .ChangeDestinationAsync(At, stream.DomainName, stream.EventStreamName, newUri, Ct));

        var refused = await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Action: AuditActions.ChangeDestination), 0, 5, Ct);
        Assert.Equal(AuditResult.Refused, Assert.Single(refused.Items).Result);
    }

    [Fact]
    public async Task StartBulkDestinationChange_ThreeStreams_AllMovedUnderOneOperation()
    {
        await Service.RefreshInventoryAsync(At, Ct);
        var (_, newUri) = await PickAsync();
        var snapshot = await Service.GetInventoryAsync(At);
        var targets = snapshot.Entries.Where(e => e.Stream is not null && e.DestinationUri != newUri).Take(3)
            .Select(e => new BulkTarget(e.DomainName, e.Stream!.EventStreamName!, e.Stream.EventStreamArn!, e.DestinationUri)).ToList();

        var job = await Service.StartBulkDestinationChangeAsync(At, targets, newUri, Ct);
        await _app.Services.GetRequiredService<BulkJobs>().WhenFinishedAsync(job.Id);
        var report = (await Service.GetBulkJobAsync(job.Id))!;

        Assert.Equal(3, report.Succeeded);
        foreach (var target in targets)
        {
            Assert.Equal(newUri, (await Service.GetEventStreamAsync(At, target.DomainName, target.EventStreamName, Ct)).DestinationUri);
        }

        var steps = await StepsAsync(job.Id);
        Assert.Equal((1, 3, 3, 3), (steps.Count(s => s.Action == AuditActions.BulkChangeDestination), steps.Count(s => s.Action == AuditActions.ChangeDestination),
            steps.Count(s => s.Action == AuditActions.DeleteEventStream), steps.Count(s => s.Action == AuditActions.CreateEventStream)));
    }

    /// <summary>A stream on an ACTIVE destination, and another ACTIVE Kinesis stream of its region to move it to.</summary>
    private async Task<(EventStreamDetail Stream, string NewUri)> PickAsync()
    {
        await Service.RefreshInventoryAsync(At, Ct);
        var kinesis = await Service.ListKinesisStreamsAsync(At, Ct);
        var active = kinesis.Where(k => k.Status == "ACTIVE").Select(k => k.Arn).ToHashSet(StringComparer.Ordinal);
        var entry = (await Service.GetInventoryAsync(At)).Entries.First(e => e.DestinationUri is { } uri && active.Contains(uri));
        var stream = await Service.GetEventStreamAsync(At, entry.DomainName, entry.Stream!.EventStreamName!, Ct);
        return (stream, active.First(a => a != stream.DestinationUri));
    }

    /// <summary>The operation's entries in the order they were recorded.</summary>
    private async Task<List<AuditRecord>> StepsAsync(string operationId) =>
        [.. (await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Operation: operationId), 0, 100, Ct)).Items.Reverse()];

    public async ValueTask DisposeAsync()
    {
        await _admin.DisposeAsync();
        await _app.DisposeAsync();
    }
}
