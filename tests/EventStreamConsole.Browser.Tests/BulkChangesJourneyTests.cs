using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>Changing many streams from the list, and one stream's destination, in Chromium.</summary>
public sealed class BulkChangesJourneyTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    [Theory]
    [InlineData("loyalty", 1440, 900, ColorScheme.Light)]
    [InlineData("payments", 820, 1180, ColorScheme.Dark)]
    [InlineData("retail", 1280, 800, ColorScheme.Light)]
    public async Task BulkTags_SelectAllThatMatchPreviewApply_ReportForEveryStream(string team, int width, int height, ColorScheme scheme)
    {
        var page = await fixture.OpenAsync($"/?tag=team%3D{team}", width, height, scheme);
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        var selectAll = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Select all", Exact = false });
        var matching = int.Parse((await selectAll.InnerTextAsync()).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);

        await selectAll.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "selected" })).ToContainTextAsync($"{matching} selected");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Select the streams on this page" })).ToBeCheckedAsync();
        // Buttons that just became enabled fade into their colours.
        await page.WaitForTimeoutAsync(400);
        await EndToEndFixture.ScreenshotAsync(page, $"69-home-selection-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);
        await EndToEndFixture.AssertAccessibleAsync(page, "the list with streams selected");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Edit tags of {matching} streams" }).ClickAsync();
        var dialog = EndToEndFixture.Dialog(page);
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add tag" }).ClickAsync();
        await dialog.GetByLabel("Key", new LocatorGetByLabelOptions { Exact = true }).FillAsync("cost-center");
        await dialog.GetByLabel("Value", new LocatorGetByLabelOptions { Exact = true }).FillAsync("4711");
        await dialog.GetByLabel("Key to remove", new LocatorGetByLabelOptions { Exact = true }).FillAsync("legacy-id");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add", Exact = true }).ClickAsync();
        var preview = dialog.GetByRole(AriaRole.Region, new LocatorGetByRoleOptions { Name = "Preview per stream" });
        await Assertions.Expect(preview.GetByRole(AriaRole.Row)).ToHaveCountAsync(matching + 1);
        await Assertions.Expect(preview).ToContainTextAsync("cost-center = 4711");
        await EndToEndFixture.ScreenshotAsync(page, $"70-bulk-tags-preview-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);
        await page.WaitForTimeoutAsync(400);
        await EndToEndFixture.AssertAccessibleAsync(page, "the bulk tag dialog");

        await EndToEndFixture.DialogButton(page, $"Apply to {matching} streams").ClickAsync();
        await page.WaitForURLAsync("**/changes/*", new PageWaitForURLOptions { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Finished", new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 });
        var report = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Per-stream report" });
        await Assertions.Expect(report.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Succeeded" })).ToHaveCountAsync(matching);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "remaining" })).ToContainTextAsync($"{matching} succeeded");
        await EndToEndFixture.ScreenshotAsync(page, $"71-bulk-tags-report-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);
        await EndToEndFixture.AssertAccessibleAsync(page, "a bulk job's report");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"),
            $"the bulk job page scrolls sideways at {width} px");

        // The audit trail holds the batch and every call under the job's id.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Audit entries" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Showing the entries of one operation", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(EndToEndFixture.BodyRows(page).Filter(new LocatorFilterOptions { HasText = "Tags edited on many streams" })).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData(1440, 900, ColorScheme.Light)]
    [InlineData(390, 844, ColorScheme.Dark)]
    public async Task ChangeDestination_StreamPage_MovedAndSaysWhereItIs(int width, int height, ColorScheme scheme)
    {
        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin, skip: width == 1440 ? 3 : 4);
        var page = await fixture.OpenAsync($"/domains/{stream.DomainName}/streams/{stream.EventStreamName}", width, height, scheme);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Change destination" }).ClickAsync();
        var dialog = EndToEndFixture.Dialog(page);
        await Assertions.Expect(dialog).ToContainTextAsync("AWS cannot change an event stream's destination in place");
        await dialog.Locator(".destination-picker").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item:not(.mud-list-item-disabled)").First.ClickAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "is ACTIVE" })).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = "I understand", Exact = false }).CheckAsync();
        await EndToEndFixture.ScreenshotAsync(page, $"72-change-destination-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);
        await page.WaitForTimeoutAsync(400);
        await EndToEndFixture.AssertAccessibleAsync(page, "the change destination dialog");

        await EndToEndFixture.DialogButton(page, "Delete and create on the new destination").ClickAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("now sends to", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await EndToEndFixture.ScreenshotAsync(page, $"73-change-destination-done-{width}-{EndToEndFixture.SchemeName(scheme)}", fullPage: false);
        await EndToEndFixture.DialogButton(page, "Close").ClickAsync();
        Assert.True(fixture.CspViolations.IsEmpty, string.Join("\n", fixture.CspViolations));
    }
}
