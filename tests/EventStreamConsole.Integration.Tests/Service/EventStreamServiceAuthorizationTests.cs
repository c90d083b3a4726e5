using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Audit;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using KinesisModel = Amazon.Kinesis.Model;

namespace EventStreamConsole.Tests.Service;

/// <summary>
/// The role matrix at the service layer, against the real composition root and emulator: every role × view, create,
/// delete, tag, untag, audit. A refused change throws, is audited as Refused, and never reaches AWS (counted at the emulator).
/// </summary>
public sealed class EventStreamServiceAuthorizationTests : IAsyncLifetime
{
    private const string Region = "us-east-1";
    private static readonly InventoryKey At = new("123456789012", Region);
    private static readonly string[] s_changeOperations = ["CreateEventStream", "DeleteEventStream", "TagResource", "UntagResource"];

    private ConsoleWebApplication _app = null!;
    private string _destination = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(
        [
            new("Emulator:Seed", "None"),
            new("Emulator:Throttling:Enabled", "false"),
            new("CustomerProfiles:RateLimitingEnabled", "false"),
        ], cancellationToken: Ct);
        await _app.StartAsync(Ct);
        var kinesis = _app.Services.GetRequiredService<RegionClients>().Kinesis(Region);
        await kinesis.CreateStreamAsync(new KinesisModel.CreateStreamRequest { StreamName = "matrix-destination", ShardCount = 1 }, Ct);
        _destination = $"arn:aws:kinesis:{Region}:123456789012:stream/matrix-destination";
    }

    public static TheoryData<string, string[]> Matrix => new()
    {
        { "EventStreams.Viewer", ["view"] },
        { "EventStreams.TagEditor", ["view", "tag", "untag"] },
        { "EventStreams.Auditor", ["view", "audit"] },
        { "EventStreams.Admin", ["view", "create", "delete", "tag", "untag", "audit"] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Operations_EachRole_ExactlyTheMatrixAndNoRefusedCallReachesAws(string role, string[] allowed)
    {
        var suffix = role.Length == 0 ? "none" : role.Split('.')[1].ToLowerInvariant();
        var profiles = _app.Services.GetRequiredService<RegionClients>().Profiles(At);
        var withStream = $"matrix-{suffix}";
        var empty = $"matrix-{suffix}-empty";
        foreach (var domain in new[] { withStream, empty })
        {
            await profiles.CreateDomainAsync(new CreateDomainRequest { DomainName = domain, DefaultExpirationDays = 365 }, Ct);
        }

        var arn = (await profiles.CreateEventStreamAsync(new CreateEventStreamRequest
        {
            DomainName = withStream, EventStreamName = "export", Uri = _destination, Tags = new() { ["team"] = "core" },
        }, Ct)).EventStreamArn!;
        var counter = _app.Emulator!.Services.GetRequiredService<RequestCounter>();
        counter.Reset();

        await using var scope = await SignedInScope.CreateAsync(_app.Services, $"User {suffix}", role.Length == 0 ? [] : [role]);
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var tags = new Dictionary<string, string> { ["team"] = "core" };
        var operations = new Dictionary<string, Func<Task>>
        {
            ["view"] = () => service.GetEventStreamAsync(At, withStream, "export", Ct),
            ["create"] = () => service.CreateEventStreamAsync(At, empty, "export", _destination, new Dictionary<string, string>(), Ct),
            ["tag"] = () => service.ApplyTagChangesAsync(At, withStream, arn, TagChangeSet.Between(tags, [.. tags, new("owner", "ops")]), Ct),
            ["untag"] = () => service.ApplyTagChangesAsync(At, withStream, arn, TagChangeSet.Between(new Dictionary<string, string>(tags) { ["owner"] = "ops" }, tags), Ct),
            ["audit"] = () => service.QueryAuditAsync(new AuditQuery(), 0, 10, Ct),
            ["delete"] = () => service.DeleteEventStreamAsync(At, withStream, "export", Ct),
        };

        var outcomes = new List<string>();
        foreach (var (operation, run) in operations)
        {
            try
            {
                await run();
                outcomes.Add(operation);
            }
            catch (ConsoleAccessDeniedException ex)
            {
                Assert.Contains("needs the", ex.Message, StringComparison.Ordinal);
            }
        }

        Assert.Equal(allowed.Order(), outcomes.Order());
        var changesAtAws = counter.Snapshot().Where(c => s_changeOperations.Contains(c.Operation)).Sum(c => c.Calls);
        var allowedChanges = allowed.Count(a => a is "create" or "delete" or "tag" or "untag");
        Assert.Equal(allowedChanges, changesAtAws);
        var refusedChanges = new[] { "create", "delete", "tag", "untag" }.Except(allowed).Count();
        var trail = await _app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery(User: $"User {suffix}"), 0, 100, Ct);
        Assert.Equal(refusedChanges, trail.Items.Count(r => r.Result == AuditResult.Refused));
        Assert.Equal(allowedChanges, trail.Items.Count(r => r.Result == AuditResult.Succeeded));
        Assert.All(trail.Items, r => Assert.Equal(role.Length == 0 ? [] : [role], r.Roles));
    }

    [Fact]
    public async Task Reads_NotSignedIn_Refused()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var state = (Microsoft.AspNetCore.Components.Authorization.IHostEnvironmentAuthenticationStateProvider)
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new Microsoft.AspNetCore.Components.Authorization.AuthenticationState(new System.Security.Claims.ClaimsPrincipal())));
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var ex = await Assert.ThrowsAsync<ConsoleAccessDeniedException>(() => service.GetInventoryAsync(At));

        Assert.Contains("not signed in", ex.Message, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
