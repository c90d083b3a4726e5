using Amazon.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Model;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>/health left open: a destination breaks and shows among the problems, then heals and moves back, without a reload.</summary>
public sealed class HealthOverviewJourneyTests(SweepingEndToEndFixture fixture) : IClassFixture<SweepingEndToEndFixture>
{
    private static readonly PageWaitForSelectorOptions s_wait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Health_DestinationBreaksThenHeals_MovesToProblemsAndBackWithoutReload()
    {
        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin, skip: 5);
        var page = await fixture.OpenAsync("/health");
        await page.WaitForSelectorAsync("text=Updated", s_wait);
        var unhealthy = page.Locator("section[aria-labelledby='unhealthy-heading'] tbody tr");
        var before = await unhealthy.CountAsync();
        var navigations = 0;
        page.FrameNavigated += (_, _) => navigations++;
        await EndToEndFixture.ScreenshotAsync(page, "30-health");
        await EndToEndFixture.AssertAccessibleAsync(page, "the destination health overview");

        Assert.True(KinesisStreamArn.TryParse(stream.Uri, out var arn));
        var kinesis = fixture.App.Services.GetRequiredService<RegionClients>().Kinesis("us-east-1");
        await kinesis.DeleteStreamAsync(new DeleteStreamRequest { StreamName = arn.StreamName }, TestContext.Current.CancellationToken);

        var row = unhealthy.Filter(new LocatorFilterOptions { HasText = $"{stream.DomainName} / {stream.EventStreamName}" });
        await Assertions.Expect(row).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        Assert.Contains("not found", await row.InnerTextAsync(), StringComparison.Ordinal);
        // Other event streams may share that Kinesis stream; they break with it.
        Assert.True(await unhealthy.CountAsync() > before);
        await page.WaitForSelectorAsync($"section[aria-labelledby='history-heading'] >> text={stream.DomainName} / {stream.EventStreamName}", s_wait);
        await EndToEndFixture.ScreenshotAsync(page, "31-health-broken");

        await kinesis.CreateStreamAsync(new CreateStreamRequest { StreamName = arn.StreamName, ShardCount = 1 }, TestContext.Current.CancellationToken);

        await Assertions.Expect(row).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        var outage = page.Locator("[aria-label='Outages of the last 7 days'] tbody tr", new PageLocatorOptions { HasText = $"{stream.DomainName} / {stream.EventStreamName}" });
        await Assertions.Expect(outage).Not.ToContainTextAsync("ongoing", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        Assert.Equal(0, navigations);
        Assert.True(fixture.CspViolations.IsEmpty, string.Join("\n", fixture.CspViolations));
    }
}
