using Bunit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Pages;

/// <summary>What each role sees on the pages that change things: allowed actions enabled, the others disabled with the reason.</summary>
public sealed class RoleAwareActionsTests : PageTestContext
{
    public RoleAwareActionsTests()
    {
        Service.Details[("retail", "retail-export")] = Streams.Detail("retail", tags: new Dictionary<string, string> { ["team"] = "retail" });
        _dialogs = RenderProviders();
    }

    private readonly IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs;

    public static TheoryData<ConsoleRole?, bool, bool> DetailActions => new()
    {
        { ConsoleRole.Viewer, false, false },
        { ConsoleRole.Auditor, false, false },
        { ConsoleRole.TagEditor, true, false },
        { ConsoleRole.Admin, true, true },
        { null, false, false },
    };

    [Theory]
    [MemberData(nameof(DetailActions))]
    public void StreamDetail_Role_OnlyAllowedActionsEnabled(ConsoleRole? role, bool canTag, bool canDelete)
    {
        SignIn(role is { } r ? FakeEventStreamService.UserOf(r) : FakeEventStreamService.UserOf());

        var cut = Render<StreamDetail>(p => p.Add(d => d.DomainName, "retail").Add(d => d.EventStreamName, "retail-export"));
        cut.WaitForAssertion(() => Assert.Contains("retail-events", cut.Markup, StringComparison.Ordinal));

        var editTags = cut.FindAll("button").Where(b => b.TextContent.Contains("Edit tags", StringComparison.Ordinal)).ToList();
        var delete = cut.FindAll("button").Single(b => b.TextContent.Contains("Delete", StringComparison.Ordinal));
        Assert.Equal(2, editTags.Count);
        Assert.All(editTags, b => Assert.Equal(!canTag, b.HasAttribute("disabled")));
        Assert.Equal(!canDelete, delete.HasAttribute("disabled"));
        var reasons = cut.FindAll("[data-refused]").Select(e => e.GetAttribute("data-refused")).ToList();
        if (!canTag)
        {
            Assert.Contains(reasons, r => r!.StartsWith("Editing tags needs the EventStreams.TagEditor or EventStreams.Admin role", StringComparison.Ordinal));
        }

        if (!canDelete)
        {
            Assert.Contains(reasons, r => r!.StartsWith("Deleting event streams needs the EventStreams.Admin role", StringComparison.Ordinal));
            Assert.Contains(reasons, r => r!.StartsWith("Changing a stream's destination needs the EventStreams.Admin role", StringComparison.Ordinal));
            Assert.True(cut.FindAll("button").Single(b => b.TextContent.Contains("Change destination", StringComparison.Ordinal)).HasAttribute("disabled"));
        }

        Assert.Equal((canTag ? 0 : 2) + (canDelete ? 0 : 2), reasons.Count);
    }

    [Fact]
    public void DomainPage_TagEditor_CreateDisabledNamingTheAdminRole()
    {
        SignIn(FakeEventStreamService.UserOf(ConsoleRole.TagEditor));

        var cut = Render<DomainPage>(p => p.Add(d => d.DomainName, "retail"));
        cut.WaitForAssertion(() => Assert.Contains("This domain has no event stream", cut.Markup, StringComparison.Ordinal));

        Assert.True(cut.FindAll("button").First(b => b.TextContent.Contains("Create event stream", StringComparison.Ordinal)).HasAttribute("disabled"));
        Assert.Equal("Creating event streams needs the EventStreams.Admin role; you have EventStreams.TagEditor.",
            cut.Find("[data-refused]").GetAttribute("data-refused"));
    }

    [Fact]
    public void StreamDetail_UserNotYetKnown_EverythingDisabled()
    {
        RenderTree.Add<Microsoft.AspNetCore.Components.CascadingValue<ConsoleUser?>>(p => p.Add(c => c.Value, null));

        var cut = Render<StreamDetail>(p => p.Add(d => d.DomainName, "retail").Add(d => d.EventStreamName, "retail-export"));
        cut.WaitForAssertion(() => Assert.Contains("retail-events", cut.Markup, StringComparison.Ordinal));

        Assert.All(cut.FindAll("button").Where(b => b.TextContent.Contains("Edit tags", StringComparison.Ordinal) || b.TextContent.Contains("Delete", StringComparison.Ordinal)),
            b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void StreamDetail_ServiceRefusesDelete_ShowsTheReasonAndKeepsTheDialog()
    {
        var cut = Render<StreamDetail>(p => p.Add(d => d.DomainName, "retail").Add(d => d.EventStreamName, "retail-export"));
        cut.WaitForAssertion(() => Assert.Contains("retail-events", cut.Markup, StringComparison.Ordinal));
        Service.Failure = new ConsoleAccessDeniedException(ConsolePermission.DeleteStream, FakeEventStreamService.UserOf(ConsoleRole.Viewer),
            "Deleting event streams needs the EventStreams.Admin role; you have EventStreams.Viewer.");

        cut.FindAll("button").Single(b => b.TextContent.Contains("Delete", StringComparison.Ordinal)).Click();
        var provider = _dialogs;
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find(".confirm-name input")));
        provider.Find(".confirm-name input").Input("retail-export");
        provider.FindAll(".mud-dialog button").Last().Click();

        provider.WaitForAssertion(() => Assert.Contains("needs the EventStreams.Admin role", provider.Markup, StringComparison.Ordinal));
        Assert.Contains("Delete retail/retail-export", Service.Calls);
    }
}
