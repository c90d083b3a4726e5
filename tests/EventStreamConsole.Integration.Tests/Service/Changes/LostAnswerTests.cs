using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Aws;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Service.Changes;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using KinesisModel = Amazon.Kinesis.Model;

namespace EventStreamConsole.Tests.Service.Changes;

/// <summary>
/// Creates and deletes whose answer is lost (applied, then a 500; a retry that conflicts and a read-back that is refused),
/// through the real service, client retries and emulator: the user sees "outcome unknown, checking", and the audit trail
/// records what AWS really did.
/// </summary>
public sealed class LostAnswerTests : IAsyncLifetime
{
    private const string Region = "us-east-1";
    private static readonly InventoryKey At = new("123456789012", Region);
    private const string Destination = "arn:aws:kinesis:us-east-1:123456789012:stream/lost-answers";

    private ConsoleWebApplication _app = null!;
    private int _domains;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FaultInjector Faults => _app.Emulator!.Services.GetRequiredService<FaultInjector>();

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(
            [
                new("Emulator:Seed", "None"),
                new("Emulator:Throttling:Enabled", "false"),
                new("CustomerProfiles:RateLimitingEnabled", "false"),
                new("CustomerProfiles:MaxAttempts", "3"),
            ], builder =>
            builder.Services.AddSingleton(new OutcomeCheck(TimeProvider.System) { Window = TimeSpan.FromSeconds(1), FirstPause = TimeSpan.FromMilliseconds(50) }), Ct);
        await _app.StartAsync(Ct);
        await _app.Services.GetRequiredService<RegionClients>().Kinesis(At)
            .CreateStreamAsync(new KinesisModel.CreateStreamRequest { StreamName = "lost-answers", ShardCount = 1 }, Ct);
    }

    [Fact]
    public async Task CreateEventStream_AppliedThenRetryConflictsAndReadBackDenied_CheckedAndAuditedSucceeded()
    {
        var domain = await NewDomainAsync();
        // Attempt 1 is applied and answered 500; attempt 2 meets the stream it made (400); every GetEventStream is refused
        // for a while, the client's read-back and the console's first read included, so the console reads through the list.
        Faults.Set("CreateEventStream", new FaultRule { FailNext = 1, AfterApply = true });
        Faults.Set("GetEventStream", new FaultRule { FailNext = 2, ErrorType = "AccessDeniedException", StatusCode = 403 });
        var reports = new List<ChangeProgress>();

        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        var arn = await scope.ServiceProvider.GetRequiredService<IEventStreamService>().CreateEventStreamAsync(
            At, domain, "export", Destination, new Dictionary<string, string>(), Ct, new InlineProgress(reports));
        var entry = await SingleAuditAsync(AuditActions.CreateEventStream, domain);

        Assert.EndsWith($"domains/{domain}/event-streams/export", arn, StringComparison.Ordinal);
        Assert.Contains("outcome is unknown", Assert.Single(reports).Message, StringComparison.Ordinal);
        Assert.Equal(AuditResult.Succeeded, entry.Result);
        Assert.Contains("Confirmed by reading the stream back", entry.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("profile:CreateEventStream", entry.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEventStream_LostAnswerNotApplied_AuditedFailedAfterTheCheck()
    {
        var domain = await NewDomainAsync();
        Faults.Set("CreateEventStream", new FaultRule { FailNext = 3 });

        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        await Assert.ThrowsAsync<InternalServerException>(() => scope.ServiceProvider.GetRequiredService<IEventStreamService>()
            .CreateEventStreamAsync(At, domain, "export", Destination, new Dictionary<string, string>(), Ct));
        var entry = await SingleAuditAsync(AuditActions.CreateEventStream, domain);

        Assert.Equal(AuditResult.Failed, entry.Result);
        Assert.Contains("the stream does not exist, so the create was not applied", entry.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteEventStream_AppliedThenAnswerLost_ClientRetrySettlesItAndAuditSucceeds()
    {
        var domain = await NewDomainAsync(withStream: true);
        // The retry finds nothing to delete: the client knows the first attempt did it, so nothing is left to check.
        Faults.Set("DeleteEventStream", new FaultRule { FailNext = 1, AfterApply = true });
        var reports = new List<ChangeProgress>();

        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        await scope.ServiceProvider.GetRequiredService<IEventStreamService>().DeleteEventStreamAsync(At, domain, "export", Ct, new InlineProgress(reports));
        var entry = await SingleAuditAsync(AuditActions.DeleteEventStream, domain);

        Assert.Empty(reports);
        Assert.Equal(AuditResult.Succeeded, entry.Result);
    }

    [Fact]
    public async Task DeleteEventStream_EveryAttemptLost_CheckedAndAuditedFailedBecauseTheStreamRemains()
    {
        var domain = await NewDomainAsync(withStream: true);
        Faults.Set("DeleteEventStream", new FaultRule { FailNext = 3 });
        var reports = new List<ChangeProgress>();

        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        await Assert.ThrowsAsync<InternalServerException>(() => scope.ServiceProvider
            .GetRequiredService<IEventStreamService>().DeleteEventStreamAsync(At, domain, "export", Ct, new InlineProgress(reports)));
        var entry = await SingleAuditAsync(AuditActions.DeleteEventStream, domain);

        Assert.Contains("the delete", Assert.Single(reports).Message, StringComparison.Ordinal);
        Assert.Equal(AuditResult.Failed, entry.Result);
        Assert.Contains("the stream still exists, so the delete was not applied", entry.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteEventStream_ReadBackNeverAnswers_AuditedUnknownAndTheUserToldWhereToLook()
    {
        var domain = await NewDomainAsync(withStream: true);
        Faults.Set("DeleteEventStream", new FaultRule { FailNext = 3 });
        var reports = new List<ChangeProgress>();
        // Once the check starts, every read is refused until the check gives up.
        var progress = new InlineProgress(reports, () =>
        {
            Faults.Set("GetEventStream", new FaultRule { FailNext = 1000, ErrorType = "AccessDeniedException", StatusCode = 403 });
            Faults.Set("ListEventStreams", new FaultRule { FailNext = 1000, ErrorType = "AccessDeniedException", StatusCode = 403 });
        });

        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var ex = await Assert.ThrowsAsync<ChangeOutcomeUnknownException>(() => service.DeleteEventStreamAsync(At, domain, "export", Ct, progress));
        Faults.Set("GetEventStream", new FaultRule());
        Faults.Set("ListEventStreams", new FaultRule());
        var entry = await SingleAuditAsync(AuditActions.DeleteEventStream, domain);

        Assert.Contains($"open domain {domain}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("profile:GetEventStream", ex.Message, StringComparison.Ordinal);
        Assert.Equal(AuditResult.Unknown, entry.Result);
        Assert.Contains("did not tell whether it was deleted", entry.Error, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<string> NewDomainAsync(bool withStream = false)
    {
        var domain = $"lost-{Interlocked.Increment(ref _domains)}";
        var profiles = _app.Services.GetRequiredService<RegionClients>().Profiles(At);
        await profiles.CreateDomainAsync(new CreateDomainRequest { DomainName = domain, DefaultExpirationDays = 365 }, Ct);
        if (withStream)
        {
            await profiles.CreateEventStreamAsync(new CreateEventStreamRequest { DomainName = domain, EventStreamName = "export", Uri = Destination }, Ct);
        }

        return domain;
    }

    private async Task<AuditRecord> SingleAuditAsync(string action, string domain)
    {
        var page = await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Action: action), 0, 100, Ct);
        return Assert.Single(page.Items, r => r.Target.DomainName == domain);
    }

    /// <summary>Reports synchronously, so the test sees them before the call returns (Progress&lt;T&gt; posts them).</summary>
    private sealed class InlineProgress(List<ChangeProgress> reports, Action? onReport = null) : IProgress<ChangeProgress>
    {
        public void Report(ChangeProgress value)
        {
            reports.Add(value);
            onReport?.Invoke();
        }
    }
}
