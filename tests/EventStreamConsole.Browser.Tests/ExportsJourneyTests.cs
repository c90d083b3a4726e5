using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>Taking things out of the console: the filtered list as a spreadsheet, a stream as infrastructure code.</summary>
public sealed class ExportsJourneyTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    [Fact]
    public async Task Download_FilteredListAsCsv_TheRowsOnScreenOfEveryPage()
    {
        var page = await fixture.OpenAsync("/?health=unhealthy", 1440, 900);
        var rows = EndToEndFixture.BodyRows(page);
        await rows.First.WaitForAsync(s_waitFor);
        var shown = await rows.CountAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Download the list as filtered" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "CSV for a spreadsheet" }).ClickAsync());

        Assert.StartsWith("event-streams-us-east-1-", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken)).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("account,region,domain,", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(shown, lines.Count - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",UNHEALTHY,", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1440, 900, ColorScheme.Light)]
    [InlineData(390, 844, ColorScheme.Dark)]
    public async Task AsCode_StreamPage_CloudFormationAndTerraformReadableAndAccessible(int width, int height, ColorScheme scheme)
    {
        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin);
        var page = await fixture.OpenAsync($"/domains/{stream.DomainName}/streams/{stream.EventStreamName}", width, height, scheme);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "As code" }).ClickAsync();

        var dialog = EndToEndFixture.Dialog(page);
        await Assertions.Expect(dialog.GetByLabel("CloudFormation template", new LocatorGetByLabelOptions { Exact = true })).ToContainTextAsync($"EventStreamName: \"{stream.EventStreamName}\"");
        await EndToEndFixture.ScreenshotAsync(page, $"67-stream-as-code-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);
        // The dialog and its overlay fade in; measure contrast once they have settled.
        await page.WaitForTimeoutAsync(400);
        await EndToEndFixture.AssertAccessibleAsync(page, "the As code dialog");
        await dialog.GetByRole(AriaRole.Tab, new LocatorGetByRoleOptions { Name = "Terraform" }).ClickAsync();
        await Assertions.Expect(dialog.GetByLabel("Terraform resource", new LocatorGetByLabelOptions { Exact = true })).ToContainTextAsync($"event_stream_name = \"{stream.EventStreamName}\"");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"),
            $"the As code dialog makes the page scroll sideways at {width} px");
    }
}
