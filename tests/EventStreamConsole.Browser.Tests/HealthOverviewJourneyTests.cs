using System.Text.RegularExpressions;
using Amazon.Kinesis.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles.Validation;
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
        var unhealthy = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { NameRegex = new Regex("^Unhealthy") }).GetByRole(AriaRole.Row);
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
        await History(page).Filter(new LocatorFilterOptions { HasText = $"{stream.DomainName} / {stream.EventStreamName}" }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await EndToEndFixture.ScreenshotAsync(page, "31-health-broken");

        await kinesis.CreateStreamAsync(new CreateStreamRequest { StreamName = arn.StreamName, ShardCount = 1 }, TestContext.Current.CancellationToken);

        await Assertions.Expect(row).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        var outage = History(page).Filter(new LocatorFilterOptions { HasText = $"{stream.DomainName} / {stream.EventStreamName}" });
        await Assertions.Expect(outage).Not.ToContainTextAsync("ongoing", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        Assert.Equal(0, navigations);
        Assert.True(fixture.CspViolations.IsEmpty, string.Join("\n", fixture.CspViolations));
    }

    /// <summary>The rows of the "Last 7 days" section (the outages table).</summary>
    private static ILocator History(IPage page) =>
        page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { NameRegex = new Regex("^Last 7 days") }).GetByRole(AriaRole.Row);
}
