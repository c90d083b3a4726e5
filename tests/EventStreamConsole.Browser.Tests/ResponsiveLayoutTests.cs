using System.Text.RegularExpressions;
using EventStreamConsole.Audit;
using EventStreamConsole.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd;

/// <summary>
/// The chrome and the audit trail on a phone (390×844) and a tablet (820×1180), in the light and the dark theme: every
/// app bar control on screen on one line, audit columns wide enough to read, axe clean. Screenshots per width and theme.
/// </summary>
public sealed class ResponsiveLayoutTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly LocatorWaitForOptions s_waitFor = new() { Timeout = 30_000 };

    public static TheoryData<int, int, ColorScheme> Screens => new()
    {
        { 390, 844, ColorScheme.Light },
        { 390, 844, ColorScheme.Dark },
        { 820, 1180, ColorScheme.Light },
        { 820, 1180, ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task AppBar_NarrowScreen_EveryControlOnScreenOnOneLine(int width, int height, ColorScheme scheme)
    {
        var page = await fixture.OpenAsync("/", width, height, scheme);
        await EndToEndFixture.BodyRows(page).First.WaitForAsync(s_waitFor);
        await Assertions.Expect(page.Locator("[data-theme]")).ToHaveAttributeAsync("data-theme", EndToEndFixture.SchemeName(scheme));

        var appBar = page.GetByRole(AriaRole.Banner);
        var controls = new[]
        {
            appBar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Toggle navigation" }),
            appBar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "us-east-1; switch account or region" }),
            appBar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "account menu", Exact = false }),
            appBar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = scheme == ColorScheme.Dark ? "Switch to light theme" : "Switch to dark theme" }),
        };
        var bar = await appBar.BoundingBoxAsync();
        foreach (var control in controls)
        {
            var box = await control.BoundingBoxAsync();
            Assert.NotNull(box);
            var name = await control.GetAttributeAsync("aria-label") ?? await control.InnerTextAsync();
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{name} is off screen at {width} px: x {box.X}, width {box.Width}");
            // One line: a wrapped label makes the control taller than the dense bar.
            Assert.True(box.Height <= bar!.Height, $"{name} wraps at {width} px: {box.Height} px tall in a {bar.Height} px bar");
        }

        Assert.True(await appBar.EvaluateAsync<bool>("bar => bar.scrollWidth <= bar.clientWidth"), $"the app bar overflows at {width} px");
        await EndToEndFixture.ScreenshotAsync(page, $"40-home-{width}-{EndToEndFixture.SchemeName(scheme)}");
        await EndToEndFixture.AssertAccessibleAsync(page, $"the event streams list at {width} px");
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task AuditTrail_NarrowScreen_ColumnsWideEnoughToRead(int width, int height, ColorScheme scheme)
    {
        await SeedAuditAsync();
        var page = await fixture.OpenAsync("/audit", width, height, scheme);
        var grid = page.Locator(".audit-grid").GetByRole(AriaRole.Table);
        await grid.GetByRole(AriaRole.Cell, new LocatorGetByRoleOptions { NameRegex = new Regex("Tags (added|changed|removed)") }).First.WaitForAsync(s_waitFor);

        foreach (var header in await grid.GetByRole(AriaRole.Columnheader).AllAsync())
        {
            var box = await header.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width >= 96, $"the audit column \"{(await header.InnerTextAsync()).Trim()}\" is {box.Width} px wide at {width} px");
        }

        // The table scrolls inside its own box; the page itself never scrolls sideways.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"the page scrolls sideways at {width} px");

        // Scrolled to the table's far right, the pager is still on screen; the scrolling box is a named region for the keyboard.
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Audit trail entries" })).ToHaveAttributeAsync("tabindex", "0");
        await page.Locator(".audit-grid .mud-table-container").EvaluateAsync("el => el.scrollLeft = el.scrollWidth");
        var pager = await page.Locator(".audit-grid .mud-table-pagination").BoundingBoxAsync();
        Assert.NotNull(pager);
        Assert.True(pager.X >= 0 && pager.X + pager.Width <= width + 1, $"the pager is at x={pager.X} (width {pager.Width}) when the table is scrolled sideways at {width} px");
        await page.Locator(".audit-grid .mud-table-container").EvaluateAsync("el => el.scrollLeft = 0");
        await EndToEndFixture.ScreenshotAsync(page, $"41-audit-{width}-{EndToEndFixture.SchemeName(scheme)}");
        await EndToEndFixture.AssertAccessibleAsync(page, $"the audit trail at {width} px");
    }

    private async Task SeedAuditAsync()
    {
        var store = fixture.App.Services.GetRequiredService<AuditStore>();
        var page = await store.QueryAsync(new AuditQuery(Action: AuditActions.TagResource), 0, 1, TestContext.Current.CancellationToken);
        if (page.TotalCount > 0)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var target = new AuditTarget("us-east-1", "retail-orders-prod", "retail-orders-prod-export",
            "arn:aws:profile:us-east-1:123456789012:domains/retail-orders-prod/event-streams/retail-orders-prod-export");
        await store.AppendAsync(new AuditRecord(Guid.NewGuid().ToString("N"), now, "Maria Lopez", "6f1c2a9e-0b7d-4c55-9e1a-3d2b8f0c4a71",
            ["EventStreams.TagEditor"], AuditActions.TagResource, target,
            new Dictionary<string, string?> { ["Tag:owner"] = "retail-platform", ["Tag:cost-center"] = null },
            new Dictionary<string, string?> { ["Tag:owner"] = "maria.lopez", ["Tag:cost-center"] = "CC-1001" },
            AuditResult.Succeeded, null, "c0ffee00-1234-4d5e-8f90-abcdef012345", now), TestContext.Current.CancellationToken);
        await store.AppendAsync(new AuditRecord(Guid.NewGuid().ToString("N"), now.AddMinutes(-5), "Tess Viewer", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            ["EventStreams.Viewer"], AuditActions.DeleteEventStream, target, new Dictionary<string, string?>(), new Dictionary<string, string?>(),
            AuditResult.Refused, "Deleting event streams needs the EventStreams.Admin role; you have EventStreams.Viewer.", null, now.AddMinutes(-5)),
            TestContext.Current.CancellationToken);
    }
}
