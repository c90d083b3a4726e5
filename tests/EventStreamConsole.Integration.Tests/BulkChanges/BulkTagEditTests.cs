using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Aws;
using EventStreamConsole.BulkChanges;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.BulkChanges;

/// <summary>Bulk tag edits through the real service, job runner and emulator.</summary>
public sealed class BulkTagEditTests : IAsyncLifetime
{
    private static readonly InventoryKey At = new("123456789012", "us-east-1");
    private ConsoleWebApplication _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FaultInjector Faults => _app.Emulator!.Services.GetRequiredService<FaultInjector>();

    private BulkJobs Jobs => _app.Services.GetRequiredService<BulkJobs>();

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
    }

    [Fact]
    public async Task StartBulkTagEdit_SixtyStreamsTenPercentFail_ExactReportAndRetryFixesTheRest()
    {
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Tess TagEditor", "EventStreams.TagEditor");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var targets = await TargetsAsync(service, 60);
        Faults.Set("TagResource", new FaultRule { FailEvery = 10, ErrorType = "BadRequestException", StatusCode = 400 });

        var started = await service.StartBulkTagEditAsync(At, targets, new BulkTagEdit(new Dictionary<string, string> { ["cost-center"] = "4711" }, []), Ct);
        await Jobs.WhenFinishedAsync(started.Id);
        var report = (await service.GetBulkJobAsync(started.Id))!;

        Assert.Equal((54, 6, 0), (report.Succeeded, report.Failed, report.Skipped));
        var failed = report.Items.Where(i => i.Status == BulkItemStatus.Failed).ToList();
        Assert.Equal(targets.Where((_, i) => (i + 1) % 10 == 0).Select(t => t.Arn), failed.Select(i => i.Target.Arn));
        Assert.All(failed, i => Assert.Contains("BadRequestException", i.Detail, StringComparison.Ordinal));
        Assert.All(failed, i => Assert.False(string.IsNullOrEmpty(i.RequestId)));
        Assert.All(report.Items.Where(i => i.Status == BulkItemStatus.Succeeded), i => Assert.False(string.IsNullOrEmpty(i.RequestId)));

        var trail = await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Operation: started.Id), 0, 500, Ct);
        var batch = Assert.Single(trail.Items, r => r.Action == AuditActions.BulkEditTags);
        Assert.Equal(("Tess TagEditor", AuditResult.Failed, "60", "4711"), (batch.UserName, batch.Result, batch.After["Streams"], batch.After["Tag:cost-center"]));
        Assert.Equal("54 succeeded · 6 failed · 0 skipped", batch.Error);
        var calls = trail.Items.Where(r => r.Action == AuditActions.TagResource).ToList();
        Assert.Equal((60, 54, 6), (calls.Count, calls.Count(c => c.Result == AuditResult.Succeeded), calls.Count(c => c.Result == AuditResult.Failed)));
        Assert.All(calls, c => Assert.True(c.Before.ContainsKey("Tag:cost-center") && c.After["Tag:cost-center"] == "4711"));

        Faults.Remove("TagResource");
        var retry = await service.RetryFailedAsync(started.Id, Ct);
        await Jobs.WhenFinishedAsync(retry.Id);
        var retried = (await service.GetBulkJobAsync(retry.Id))!;

        Assert.Equal((6, 0, started.Id), (retried.Succeeded, retried.Failed, retried.RetryOf));
        foreach (var target in targets)
        {
            Assert.Equal("4711", (await service.GetEventStreamAsync(At, target.DomainName, target.EventStreamName, Ct)).Tags["cost-center"]);
        }

        var inventory = await service.GetInventoryAsync(At);
        Assert.All(targets, t => Assert.Equal("4711", inventory.Entries.Single(e => e.DomainName == t.DomainName).StreamTags["cost-center"]));
    }

    [Fact]
    public async Task StartBulkTagEdit_OtherKeysEditedMeanwhile_BothSurvive()
    {
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Tess TagEditor", "EventStreams.TagEditor");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var targets = await TargetsAsync(service, 8);
        var last = targets[^1];
        Faults.Set("TagResource", new FaultRule { LatencyMs = 150 });

        var started = await service.StartBulkTagEditAsync(At, targets,
            new BulkTagEdit(new Dictionary<string, string> { ["cost-center"] = "4711" }, ["bulk-obsolete"]), Ct);
        // Someone else edits another key of the last stream while the job works on the first ones.
        await _app.Services.GetRequiredService<RegionClients>().Profiles(At).TagResourceAsync(
            new TagResourceRequest { ResourceArn = last.Arn, Tags = new Dictionary<string, string> { ["owner"] = "someone-else" } }, Ct);
        await Jobs.WhenFinishedAsync(started.Id);

        var tags = (await service.GetEventStreamAsync(At, last.DomainName, last.EventStreamName, Ct)).Tags;
        Assert.Equal(("4711", "someone-else"), (tags["cost-center"], tags["owner"]));
        Assert.Equal(8, (await service.GetBulkJobAsync(started.Id))!.Succeeded);
    }

    [Fact]
    public async Task StartBulkTagEdit_StreamInRunningJob_RefusedAndNothingStarted()
    {
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Tess TagEditor", "EventStreams.TagEditor");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var targets = await TargetsAsync(service, 4);
        Faults.Set("TagResource", new FaultRule { LatencyMs = 200 });
        var first = await service.StartBulkTagEditAsync(At, targets[..3], new BulkTagEdit(new Dictionary<string, string> { ["wave"] = "1" }, []), Ct);

        var busy = await Assert.ThrowsAsync<BulkStreamsBusyException>(() =>
            service.StartBulkTagEditAsync(At, targets[2..], new BulkTagEdit(new Dictionary<string, string> { ["wave"] = "2" }, []), Ct));
        await Jobs.WhenFinishedAsync(first.Id);

        Assert.Equal(targets[2].Arn, Assert.Single(busy.Busy).Arn);
        Assert.Contains("Nothing was started", busy.Message, StringComparison.Ordinal);
        Assert.False((await service.GetEventStreamAsync(At, targets[3].DomainName, targets[3].EventStreamName, Ct)).Tags.ContainsKey("wave"));
        var refused = await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Action: AuditActions.BulkEditTags, Result: AuditResult.Failed), 0, 10, Ct);
        Assert.Contains("already being changed", Assert.Single(refused.Items).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartBulkTagEdit_AlreadySetAndOverTheLimit_SkippedAndRefusedPerStream()
    {
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Tess TagEditor", "EventStreams.TagEditor");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var targets = await TargetsAsync(service, 2);
        var client = _app.Services.GetRequiredService<RegionClients>().Profiles(At);
        await client.TagResourceAsync(new TagResourceRequest { ResourceArn = targets[0].Arn, Tags = new Dictionary<string, string> { ["tier"] = "gold" } }, Ct);
        var current = (await service.GetEventStreamAsync(At, targets[1].DomainName, targets[1].EventStreamName, Ct)).Tags;
        var fill = Enumerable.Range(0, 50 - current.Count).ToDictionary(i => $"fill-{i}", i => "x");
        await client.TagResourceAsync(new TagResourceRequest { ResourceArn = targets[1].Arn, Tags = fill }, Ct);

        var started = await service.StartBulkTagEditAsync(At, targets, new BulkTagEdit(new Dictionary<string, string> { ["tier"] = "gold" }, []), Ct);
        await Jobs.WhenFinishedAsync(started.Id);
        var report = (await service.GetBulkJobAsync(started.Id))!;

        Assert.Equal(BulkItemStatus.Skipped, report.Items[0].Status);
        Assert.Equal(BulkItemStatus.Failed, report.Items[1].Status);
        Assert.Contains("at most 50", report.Items[1].Detail, StringComparison.Ordinal);
        Assert.Empty((await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(Operation: started.Id, Action: AuditActions.TagResource), 0, 10, Ct)).Items);
    }

    [Fact]
    public async Task StartBulkTagEdit_BadEditOrViewer_RefusedNamingTheRule()
    {
        await using var editor = await SignedInScope.CreateAsync(_app.Services, "Tess TagEditor", "EventStreams.TagEditor");
        var service = editor.ServiceProvider.GetRequiredService<IEventStreamService>();
        var targets = await TargetsAsync(service, 1);
        await using var viewer = await SignedInScope.CreateAsync(_app.Services, "Vic Viewer", "EventStreams.Viewer");

        var bad = await Assert.ThrowsAsync<ConsoleInputException>(() =>
            service.StartBulkTagEditAsync(At, targets, new BulkTagEdit(new Dictionary<string, string> { ["aws:reserved"] = "x" }, ["aws:reserved"]), Ct));
        var forged = await Assert.ThrowsAsync<ConsoleInputException>(() =>
            service.StartBulkTagEditAsync(At, [targets[0] with { Arn = targets[0].Arn.Replace("us-east-1", "eu-west-2", StringComparison.Ordinal) }],
                new BulkTagEdit(new Dictionary<string, string> { ["a"] = "b" }, []), Ct));
        await Assert.ThrowsAsync<ConsoleAccessDeniedException>(() => viewer.ServiceProvider.GetRequiredService<IEventStreamService>()
            .StartBulkTagEditAsync(At, targets, new BulkTagEdit(new Dictionary<string, string> { ["a"] = "b" }, []), Ct));

        Assert.Contains("both set and removed", bad.Message, StringComparison.Ordinal);
        Assert.StartsWith("Streams:", forged.Message, StringComparison.Ordinal);
        Assert.Empty(Jobs.All);
    }

    private static async Task<List<BulkTarget>> TargetsAsync(IEventStreamService service, int count)
    {
        await service.RefreshInventoryAsync(At, Ct);
        var snapshot = await service.GetInventoryAsync(At);
        var targets = snapshot.Entries.Where(e => e.Stream is not null).Take(count)
            .Select(e => new BulkTarget(e.DomainName, e.Stream!.EventStreamName!, e.Stream.EventStreamArn!, e.DestinationUri)).ToList();
        Assert.Equal(count, targets.Count);
        return targets;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
    }
}
