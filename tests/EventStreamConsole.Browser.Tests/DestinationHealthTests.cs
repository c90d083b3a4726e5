using Amazon.Kinesis.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>The on-call view: a destination breaks while its detail page is open, and the badge turns without a reload.</summary>
public sealed class DestinationHealthTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task Detail_KinesisStreamDeleted_BadgeTurnsUnhealthyWithoutReload()
    {
        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin);
        var page = await fixture.OpenAsync($"/domains/{stream.DomainName}/streams/{stream.EventStreamName}");
        await page.WaitForSelectorAsync(".health-large .health-healthy", new PageWaitForSelectorOptions { Timeout = 30_000 });
        var navigations = 0;
        page.FrameNavigated += (_, _) => navigations++;

        // Break the destination the way it breaks in AWS: its Kinesis stream is deleted.
        Assert.True(KinesisStreamArn.TryParse(stream.Uri, out var arn));
        var kinesis = fixture.App.Services.GetRequiredService<RegionClients>().Kinesis("us-east-1");
        await kinesis.DeleteStreamAsync(new DeleteStreamRequest { StreamName = arn.StreamName }, TestContext.Current.CancellationToken);

        await page.WaitForSelectorAsync(".health-large .health-unhealthy", new PageWaitForSelectorOptions { Timeout = 15_000 });
        Assert.Equal(0, navigations);
        Assert.Contains("not found", await page.Locator(".detail-list").First.InnerTextAsync(), StringComparison.Ordinal);
        await EndToEndFixture.ScreenshotAsync(page, "08-detail-broke-live");
    }
}
