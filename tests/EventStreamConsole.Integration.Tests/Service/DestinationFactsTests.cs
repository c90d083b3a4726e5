using Amazon.Kinesis.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Service;

/// <summary>A destination's facts through the real service and the emulator's Kinesis (DescribeStreamSummary).</summary>
public sealed class DestinationFactsTests : IAsyncLifetime
{
    private static readonly InventoryKey At = new("123456789012", "us-east-1");
    private ConsoleWebApplication _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync([new("Emulator:Throttling:Enabled", "false"), new("Sweep:Enabled", "false")], cancellationToken: Ct);
        await _app.StartAsync(Ct);
    }

    [Fact]
    public async Task Facts_ExistingThenDeletedStream_ReadCachedThenMissing()
    {
        var kinesis = _app.Services.GetRequiredService<RegionClients>().Kinesis(At);
        await kinesis.CreateStreamAsync(new CreateStreamRequest { StreamName = "facts-check", ShardCount = 2 }, Ct);
        var arn = $"arn:aws:kinesis:us-east-1:123456789012:stream/facts-check";
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Vera Viewer", "EventStreams.Viewer");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var facts = await service.GetDestinationFactsAsync(At, arn, Ct);

        Assert.False(facts.Missing);
        Assert.Equal(("ACTIVE", 2, 24, "none"), (facts.Status, facts.OpenShards, facts.RetentionHours, facts.EncryptionText));
        Assert.Same(facts, await service.GetDestinationFactsAsync(At, arn, Ct));

        await kinesis.DeleteStreamAsync(new DeleteStreamRequest { StreamName = "facts-check" }, Ct);
        _app.Services.GetRequiredService<DestinationFactsCache>().Set(facts with { ReadAt = facts.ReadAt - DestinationFactsCache.Lifetime });
        Assert.True((await service.GetDestinationFactsAsync(At, arn, Ct)).Missing);
    }

    [Fact]
    public async Task Facts_DemoUpdatingAndEncryptedStreams_ReadAsKinesisDescribesThem()
    {
        var kinesis = _app.Services.GetRequiredService<RegionClients>().Kinesis(At);
        var names = (await kinesis.ListStreamsAsync(new ListStreamsRequest { Limit = 1000 }, Ct)).StreamNames!;
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Vera Viewer", "EventStreams.Viewer");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        string Arn(string suffix) => $"arn:aws:kinesis:us-east-1:123456789012:stream/{names.Single(n => n.EndsWith(suffix, StringComparison.Ordinal))}";

        var updating = await service.GetDestinationFactsAsync(At, Arn("-resharding"), Ct);
        var encrypted = await service.GetDestinationFactsAsync(At, Arn("-encrypted"), Ct);

        Assert.Equal(("UPDATING", "NONE"), (updating.Status, updating.Encryption));
        Assert.Equal(("ACTIVE", "KMS"), (encrypted.Status, encrypted.Encryption));
        Assert.StartsWith("alias/cp-events-", encrypted.KmsKeyId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_NotAKinesisArn_RefusedNamingTheForm()
    {
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Vera Viewer", "EventStreams.Viewer");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();

        var error = await Assert.ThrowsAsync<ConsoleInputException>(() => service.GetDestinationFactsAsync(At, "arn:aws:s3:::bucket", Ct));

        Assert.Contains("is not a Kinesis stream ARN", error.Message, StringComparison.Ordinal);
        Assert.False(KinesisStreamArn.TryParse("arn:aws:s3:::bucket", out _));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
