using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>
/// What an administrator does in a real browser on the demo data: list, page, filter, open a detail, create a stream,
/// edit its tags, delete it. Each page is screenshotted (artifacts/screenshots) and checked with axe-core.
/// </summary>
public sealed class ConsoleJourneyTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly PageWaitForSelectorOptions s_wait = new() { Timeout = 30_000 };
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    [Fact]
    public async Task Home_ListPageFilterDetail_EveryStepVisibleAndAccessible()
    {
        var page = await fixture.OpenAsync("/");
        // The list's own summary ("124 of 124 domains · 8 unhealthy …"), not the refresh progress line.
        await page.WaitForSelectorAsync("text=124 of 124 domains ·", s_wait);
        await Assertions.Expect(EndToEndFixture.BodyRows(page)).ToHaveCountAsync(25);
        Assert.Contains("UNHEALTHY", await EndToEndFixture.BodyRows(page).First.InnerTextAsync(), StringComparison.Ordinal);
        await EndToEndFixture.ScreenshotAsync(page, "01-home");
        await EndToEndFixture.AssertAccessibleAsync(page, "the event streams list");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Next page" }).ClickAsync();
        await WaitForQueryAsync(page, "?page=2");

        await page.Locator(".filter-field").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Unhealthy" }).ClickAsync();
        await WaitForQueryAsync(page, "?health=unhealthy");
        var rows = EndToEndFixture.BodyRows(page);
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasNotText = "UNHEALTHY" })).ToHaveCountAsync(0);
        Assert.True(await rows.CountAsync() > 0, "the demo has unhealthy destinations");
        await EndToEndFixture.ScreenshotAsync(page, "02-home-unhealthy");

        // A link reproduces the view.
        var shared = await fixture.OpenAsync(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(EndToEndFixture.BodyRows(shared)).ToHaveCountAsync(await rows.CountAsync());
        await Assertions.Expect(EndToEndFixture.BodyRows(shared).Filter(new LocatorFilterOptions { HasNotText = "UNHEALTHY" })).ToHaveCountAsync(0);

        var streamLink = rows.First.GetByRole(AriaRole.Link).Nth(1);
        var href = await streamLink.GetAttributeAsync("href");
        await streamLink.ClickAsync();
        await WaitForLocationAsync(page, href!);
        await page.WaitForSelectorAsync(".health-large .health-unhealthy", s_wait);
        Assert.Contains("not found", await page.Locator(".detail-list").First.InnerTextAsync(), StringComparison.Ordinal);
        await EndToEndFixture.ScreenshotAsync(page, "03-detail-unhealthy");
        await EndToEndFixture.AssertAccessibleAsync(page, "the stream detail page");
        Assert.True(fixture.CspViolations.IsEmpty, string.Join("\n", fixture.CspViolations));
    }

    /// <summary>Blazor navigates with the history API, which fires no load event: wait for the address itself.</summary>
    private static async Task WaitForQueryAsync(IPage page, string query) =>
        await page.WaitForFunctionAsync("q => location.search === q", query, new PageWaitForFunctionOptions { Timeout = 15_000 });

    private static ILocator Dialog(IPage page) => EndToEndFixture.Dialog(page);

    private static ILocator DialogButton(IPage page, string name, bool exact = true) => EndToEndFixture.DialogButton(page, name, exact);

    private static ILocator TagKeys(IPage page) => Dialog(page).GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Key", Exact = true });

    private static ILocator TagValues(IPage page) => Dialog(page).GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Value", Exact = true });

    /// <summary>A tag value in the detail page's tags table.</summary>
    private static ILocator Tag(IPage page, string value) => page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = value, Exact = true });

    private static async Task WaitForLocationAsync(IPage page, string pathAndQuery) =>
        await page.WaitForFunctionAsync("p => location.pathname + location.search === p", pathAndQuery, new PageWaitForFunctionOptions { Timeout = 15_000 });

    [Fact]
    public async Task CreateEditTagsDelete_OnADomainWithoutStream_RoundTrip()
    {
        var domain = await DemoData.DomainWithoutStreamAsync(fixture.EmulatorAdmin);
        var page = await fixture.OpenAsync($"/domains/{domain}");
        await page.WaitForSelectorAsync("text=This domain has no event stream", s_wait);
        await EndToEndFixture.ScreenshotAsync(page, "04-domain");
        await EndToEndFixture.AssertAccessibleAsync(page, "the domain page");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create event stream" }).ClickAsync();
        await page.WaitForSelectorAsync(".create-form", s_wait);
        await page.WaitForSelectorAsync("text=streams of us-east-1", s_wait);
        var destination = Dialog(page).GetByRole(AriaRole.Combobox, new LocatorGetByRoleOptions { Name = "Kinesis stream" });
        await destination.PressSequentiallyAsync("cp-events");
        var option = page.Locator(".mud-popover-open .destination-option").First;
        await option.WaitForAsync(s_waitFor);
        await Assertions.Expect(option).ToContainTextAsync("arn:aws:kinesis:us-east-1:");
        await EndToEndFixture.ScreenshotAsync(page, "05-create-dialog-destination-search");
        await AssertDestinationListUnderItsFieldAsync(page, destination);
        await option.ClickAsync();
        await page.WaitForSelectorAsync("text=found and ACTIVE", s_wait);
        await Dialog(page).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add tag" }).ClickAsync();
        await TagKeys(page).FillAsync("cost center");
        await page.WaitForSelectorAsync("text=no spaces or @", s_wait);
        Assert.True(await DialogButton(page, "Create").IsDisabledAsync(), "Create is disabled while a tag key is invalid");
        await TagKeys(page).FillAsync("cost-center");
        await TagValues(page).FillAsync("CC-1001");
        await EndToEndFixture.ScreenshotAsync(page, "05-create-dialog");
        await EndToEndFixture.AssertAccessibleAsync(page, "the create dialog");
        await DialogButton(page, "Create").ClickAsync();

        await WaitForLocationAsync(page, $"/domains/{domain}/streams/{domain}-export?region=us-east-1");
        await Tag(page, "CC-1001").WaitForAsync(s_waitFor);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Edit tags" }).First.ClickAsync();
        await TagKeys(page).First.WaitForAsync(s_waitFor);
        await Dialog(page).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add tag" }).ClickAsync();
        // Wait for the new row before typing into "the last row", or the text lands in the existing one.
        await Assertions.Expect(TagKeys(page)).ToHaveCountAsync(2);
        await TagKeys(page).Last.FillAsync("owner");
        await TagValues(page).Last.FillAsync("maria.lopez");
        await Dialog(page).GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = "maria.lopez" }).WaitForAsync(s_waitFor);
        await EndToEndFixture.ScreenshotAsync(page, "06-tag-editor");
        await EndToEndFixture.AssertAccessibleAsync(page, "the tag editor");
        await DialogButton(page, "Apply", exact: false).ClickAsync();
        await page.WaitForSelectorAsync("text=All changes were applied.", s_wait);
        await DialogButton(page, "Close").ClickAsync();
        await Tag(page, "maria.lopez").WaitForAsync(s_waitFor);
        // "Tags updated." fades out over the next seconds; measure the delete dialog's contrast without it half drawn.
        await page.Locator(".mud-snackbar").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 20_000 });

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Delete" }).First.ClickAsync();
        await Dialog(page).GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = $"Type {domain}-export to confirm" }).FillAsync($"{domain}-export");
        await EndToEndFixture.ScreenshotAsync(page, "07-delete-dialog");
        await EndToEndFixture.AssertAccessibleAsync(page, "the delete dialog");
        await DialogButton(page, "Delete").ClickAsync();
        await WaitForLocationAsync(page, $"/domains/{domain}?region=us-east-1");
        await page.WaitForSelectorAsync("text=This domain has no event stream", s_wait);
        Assert.True(fixture.CspViolations.IsEmpty, string.Join("\n", fixture.CspViolations));
    }

    /// <summary>The search list opens right under its field, as wide as it, not beside it.</summary>
    private static async Task AssertDestinationListUnderItsFieldAsync(IPage page, ILocator field)
    {
        var fieldBox = await field.BoundingBoxAsync();
        var listBox = await page.Locator(".mud-popover-open.destination-options").BoundingBoxAsync();
        Assert.NotNull(fieldBox);
        Assert.NotNull(listBox);
        Assert.True(Math.Abs(listBox.X - fieldBox.X) < 40, $"the list starts {listBox.X - fieldBox.X:0} px to the side of its field");
        Assert.True(listBox.Y >= fieldBox.Y + fieldBox.Height - 4 && listBox.Y < fieldBox.Y + fieldBox.Height + 40,
            $"the list starts at {listBox.Y:0} px, the field ends at {fieldBox.Y + fieldBox.Height:0} px");
    }
}
