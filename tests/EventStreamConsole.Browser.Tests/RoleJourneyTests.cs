using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using EventStreamConsole.Tests.Shared;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>
/// Each role signs in with Entra ID (the mock authority) in Chromium and does what its job allows: what it sees, what is
/// disabled and why, what the service refuses, and what the audit trail then shows.
/// </summary>
public sealed class RoleJourneyTests(EntraIdEndToEndFixture fixture) : IClassFixture<EntraIdEndToEndFixture>
{
    private static readonly PageWaitForSelectorOptions s_wait = new() { Timeout = 30_000 };
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    [Fact]
    public async Task Viewer_ReadsEverythingChangesNothing()
    {
        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin, skip: 1);
        var page = await fixture.SignInAsync(MockOpenIdAuthority.Viewer, $"/domains/{stream.DomainName}/streams/{stream.EventStreamName}?region=us-east-1");

        await page.WaitForSelectorAsync("text=HEALTHY", s_wait);
        await AssertUserMenuAsync(page, MockOpenIdAuthority.Viewer, "EventStreams.Viewer");
        var editTags = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Edit tags" });
        await Assertions.Expect(editTags.First).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Delete" })).ToBeDisabledAsync();
        await page.Locator("[data-refused^='Deleting event streams']").HoverAsync();
        await page.WaitForSelectorAsync(".mud-tooltip >> text=Deleting event streams needs the EventStreams.Admin role; you have EventStreams.Viewer.", s_wait);
        await Assertions.Expect(AuditTrailLink(page)).ToHaveCountAsync(0);
        await EndToEndFixture.ScreenshotAsync(page, "20-viewer-detail");
        await EndToEndFixture.AssertAccessibleAsync(page, "the detail page as a viewer");

        await page.GotoAsync("/audit");
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "You do not have access to this page" }).WaitForAsync(s_waitFor);
        Assert.Contains("EventStreams.Viewer", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagEditor_EditsTagsButCannotDeleteOrCreate()
    {
        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin, skip: 2);
        var page = await fixture.SignInAsync(MockOpenIdAuthority.TagEditor, $"/domains/{stream.DomainName}/streams/{stream.EventStreamName}?region=us-east-1");
        await page.WaitForSelectorAsync("text=HEALTHY", s_wait);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Delete" })).ToBeDisabledAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Edit tags" }).First.ClickAsync();
        var dialog = EndToEndFixture.Dialog(page);
        var keys = dialog.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Key", Exact = true });
        await keys.First.WaitForAsync(s_waitFor);
        var existing = await keys.CountAsync();
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add tag" }).ClickAsync();
        await Assertions.Expect(keys).ToHaveCountAsync(existing + 1);
        await keys.Last.FillAsync("reviewed-by");
        await dialog.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = "Value", Exact = true }).Last.FillAsync("tess");
        await dialog.GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = "tess" }).WaitForAsync(s_waitFor);
        await EndToEndFixture.DialogButton(page, "Apply", exact: false).ClickAsync();
        await page.WaitForSelectorAsync("text=All changes were applied.", s_wait);
        await EndToEndFixture.DialogButton(page, "Close").ClickAsync();
        await page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = "reviewed-by", Exact = true }).WaitForAsync(s_waitFor);
        await EndToEndFixture.ScreenshotAsync(page, "21-tag-editor-detail");

        await page.GotoAsync($"/domains/{await DemoData.DomainWithoutStreamAsync(fixture.EmulatorAdmin)}?region=us-east-1");
        await EndToEndFixture.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("text=This domain has no event stream", s_wait);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create event stream" })).ToBeDisabledAsync();
        Assert.Equal("Creating event streams needs the EventStreams.Admin role; you have EventStreams.TagEditor.",
            await page.Locator("[data-refused]").GetAttributeAsync("data-refused"));
    }

    [Fact]
    public async Task GroupMember_GetsTheMappedRole()
    {
        var page = await fixture.SignInAsync(MockOpenIdAuthority.GroupMember, "/");

        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        await AssertUserMenuAsync(page, MockOpenIdAuthority.GroupMember, "EventStreams.TagEditor");
    }

    [Fact]
    public async Task Auditor_ReadsAndExportsTheTrail()
    {
        var page = await fixture.SignInAsync(MockOpenIdAuthority.Auditor, "/audit");
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Audit trail", Level = 1 }).WaitForAsync(s_waitFor);
        await page.WaitForSelectorAsync(".audit-grid", s_wait);
        await EndToEndFixture.ScreenshotAsync(page, "22-auditor-audit");
        await EndToEndFixture.AssertAccessibleAsync(page, "the audit trail");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Export CSV" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        var csv = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("\uFEFFtime_utc,user,user_object_id,roles,action", csv, StringComparison.Ordinal);
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_DeletesAndFindsItInTheTrailThenSignsOut()
    {
        var stream = await DemoData.HealthyRunningStreamAsync(fixture.EmulatorAdmin, skip: 3);
        var page = await fixture.SignInAsync(MockOpenIdAuthority.Admin, $"/domains/{stream.DomainName}/streams/{stream.EventStreamName}?region=us-east-1");
        await page.WaitForSelectorAsync("text=HEALTHY", s_wait);
        await Assertions.Expect(page.Locator("[data-refused]")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Delete" }).First.ClickAsync();
        await EndToEndFixture.Dialog(page).GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { Name = $"Type {stream.EventStreamName} to confirm" })
            .FillAsync(stream.EventStreamName);
        await EndToEndFixture.DialogButton(page, "Delete").ClickAsync();
        await page.WaitForSelectorAsync("text=This domain has no event stream", s_wait);

        await AuditTrailLink(page).ClickAsync();
        await page.WaitForSelectorAsync($".audit-grid >> text={stream.DomainName} / {stream.EventStreamName}", s_wait);
        var entry = EndToEndFixture.BodyRows(page).Filter(new LocatorFilterOptions { HasText = stream.EventStreamName }).First;
        var text = await entry.InnerTextAsync();
        Assert.Contains("Ada Admin", text, StringComparison.Ordinal);
        Assert.Contains("Stream deleted", text, StringComparison.Ordinal);
        Assert.Contains("Succeeded", text, StringComparison.Ordinal);
        Assert.Contains("EventStreams.Admin", text, StringComparison.Ordinal);
        await EndToEndFixture.ScreenshotAsync(page, "23-admin-audit");
        Assert.DoesNotContain(fixture.Authority.ClientSecret, await page.ContentAsync(), StringComparison.Ordinal);

        await page.ClickAsync(".user-menu button");
        await page.ClickAsync(".mud-popover-open a:has-text('Sign out')");
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "You are signed out" }).WaitForAsync(s_waitFor);
        await EndToEndFixture.AssertAccessibleAsync(page, "the signed-out page");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Pick an account" }).WaitForAsync(s_waitFor);
        Assert.True(fixture.CspViolations.IsEmpty, string.Join("\n", fixture.CspViolations));
    }

    [Fact]
    public async Task NoRole_SeesWhyAndWhomToAsk()
    {
        var page = await fixture.SignInAsync(MockOpenIdAuthority.NoRole, "/", waitInteractive: false);

        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "You do not have access to this page" }).WaitForAsync(s_waitFor);
        var text = await page.InnerTextAsync("body");
        Assert.Contains("You are signed in as Nico NoRole with no Event Stream Console role.", text, StringComparison.Ordinal);
        await EndToEndFixture.ScreenshotAsync(page, "24-no-role");
        await EndToEndFixture.AssertAccessibleAsync(page, "the no-access page");
    }

    private static ILocator AuditTrailLink(IPage page) =>
        page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Audit trail" });

    private static async Task AssertUserMenuAsync(IPage page, MockUser user, string role)
    {
        await page.ClickAsync(".user-menu button");
        var card = page.Locator(".mud-popover-open .user-card");
        await card.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var text = await card.InnerTextAsync();
        Assert.Contains(user.Name, text, StringComparison.Ordinal);
        Assert.Contains(user.ObjectId, text, StringComparison.Ordinal);
        Assert.Contains(role, text, StringComparison.Ordinal);
        await page.ClickAsync(".user-menu button");
        await Assertions.Expect(card).ToHaveCountAsync(0);
    }
}
