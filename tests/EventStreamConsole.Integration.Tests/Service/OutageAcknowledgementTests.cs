using Amazon.CustomerProfiles;
using EventStreamConsole.Audit;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Service;

/// <summary>Acknowledging an outage through the real service and emulator: roles, AWS's current status, the audit trail.</summary>
public sealed class OutageAcknowledgementTests : IAsyncLifetime
{
    private static readonly InventoryKey At = new("123456789012", "us-east-1");
    private ConsoleWebApplication _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(
        [
            new("Emulator:Throttling:Enabled", "false"),
            new("CustomerProfiles:RateLimitingEnabled", "false"),
        ], cancellationToken: Ct);
        await _app.StartAsync(Ct);
        await _app.Services.GetRequiredService<InventoryStore>().RefreshAsync(At, Ct);
    }

    private InventoryEntry First(EventStreamDestinationStatus status) =>
        _app.Services.GetRequiredService<InventoryStore>().Get(At).Entries.First(e => e.Status == status && e.Stream is not null);

    [Fact]
    public async Task Acknowledge_TagEditorOnUnhealthy_StoredAuditedAndInTheHistory()
    {
        var broken = First(EventStreamDestinationStatus.UNHEALTHY);
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Tomas Tagger", "EventStreams.TagEditor");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var ack = await service.AcknowledgeOutageAsync(At, broken.DomainName, broken.Stream!.EventStreamName!, "  Kinesis stream being recreated  ", Ct);

        Assert.Equal(("Tomas Tagger", "Kinesis stream being recreated"), (ack.ByName, ack.Note));
        var history = await service.GetHistoryAsync(DateTimeOffset.UtcNow.AddDays(-1), broken.Stream.EventStreamArn, Ct);
        Assert.Equal(ack, history.AcknowledgementOf(broken.Stream.EventStreamArn!, broken.UnhealthySince));
        var audit = Assert.Single((await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Action: AuditActions.AcknowledgeOutage), 0, 10, Ct)).Items);
        Assert.Equal((AuditResult.Succeeded, "Tomas Tagger", "Kinesis stream being recreated"), (audit.Result, audit.UserName, audit.After["Note"]));
        Assert.Equal(broken.Stream.EventStreamArn, audit.Target.Arn);
    }

    [Fact]
    public async Task Acknowledge_Viewer_RefusedAuditedAndNothingStored()
    {
        var broken = First(EventStreamDestinationStatus.UNHEALTHY);
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Vera Viewer", "EventStreams.Viewer");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var refused = await Assert.ThrowsAsync<ConsoleAccessDeniedException>(() =>
            service.AcknowledgeOutageAsync(At, broken.DomainName, broken.Stream!.EventStreamName!, "looking", Ct));

        Assert.Contains("Acknowledging outages needs the EventStreams.TagEditor or EventStreams.Admin role", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_app.Services.GetRequiredService<HealthHistoryStore>().Window(DateTimeOffset.UtcNow.AddDays(-1)).Acknowledgements);
        var audit = Assert.Single((await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Action: AuditActions.AcknowledgeOutage), 0, 10, Ct)).Items);
        Assert.Equal((AuditResult.Refused, "Vera Viewer"), (audit.Result, audit.UserName));
    }

    [Fact]
    public async Task Acknowledge_HealthyStream_SaysNoOutageAndNothingStored()
    {
        var healthy = First(EventStreamDestinationStatus.HEALTHY);
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var error = await Assert.ThrowsAsync<OutageNotOngoingException>(() =>
            service.AcknowledgeOutageAsync(At, healthy.DomainName, healthy.Stream!.EventStreamName!, "looking", Ct));

        Assert.Equal($"{healthy.DomainName}/{healthy.Stream!.EventStreamName} has no ongoing outage to acknowledge: AWS reports its destination HEALTHY now.", error.Message);
        Assert.Empty(_app.Services.GetRequiredService<HealthHistoryStore>().Window(DateTimeOffset.UtcNow.AddDays(-1)).Acknowledgements);
        Assert.Empty((await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Action: AuditActions.AcknowledgeOutage), 0, 10, Ct)).Items);
    }

    [Theory]
    [InlineData("   ", "Note is required")]
    [InlineData("bell\u0007", "Note must not contain control characters.")]
    public async Task Acknowledge_BadNote_RefusedNamingTheRule(string note, string rule)
    {
        var broken = First(EventStreamDestinationStatus.UNHEALTHY);
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var error = await Assert.ThrowsAsync<ConsoleInputException>(() =>
            service.AcknowledgeOutageAsync(At, broken.DomainName, broken.Stream!.EventStreamName!, note, Ct));

        Assert.StartsWith(rule, error.Message, StringComparison.Ordinal);
        Assert.Empty(_app.Services.GetRequiredService<HealthHistoryStore>().Window(DateTimeOffset.UtcNow.AddDays(-1)).Acknowledgements);
    }

    [Fact]
    public void NoteError_501Characters_NamesTheLimitAndTheCount() =>
        Assert.Equal("Note must be at most 500 characters (it has 501).", OutageAcknowledgement.NoteError(new string('n', 501)));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
    }
}
