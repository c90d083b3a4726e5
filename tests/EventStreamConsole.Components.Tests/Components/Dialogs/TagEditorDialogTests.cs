using Bunit;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventStreamConsole.Tests.Components.Dialogs;

public sealed class TagEditorDialogTests : PageTestContext
{
    private readonly IRenderedComponent<MudDialogProvider> _provider;
    private readonly EventStreamDetail _stream = Streams.Detail("retail", tags: new Dictionary<string, string> { ["team"] = "retail", ["owner"] = "kenji" });

    public TagEditorDialogTests() => _provider = RenderProviders();

    [Fact]
    public void Edit_ChangeRemoveAdd_PreviewThenOnlyTheseKeysAreSent()
    {
        Open();

        KeyInput("team");
        _provider.FindAll(".tag-row").First(r => r.QuerySelector(".tag-key input")!.GetAttribute("value") == "team")
            .QuerySelector(".tag-value input")!.Input("loyalty");
        _provider.Find("button[aria-label='Remove tag owner']").Click();
        _provider.FindAll("button").First(b => b.TextContent.Contains("Add tag", StringComparison.Ordinal)).Click();
        _provider.FindAll(".tag-key input").Last().Input("env");
        _provider.FindAll(".tag-value input").Last().Input("prod");

        _provider.WaitForAssertion(() => Assert.Contains("team: retail → loyalty", _provider.Markup, StringComparison.Ordinal));
        Assert.Contains("env = prod", _provider.Markup, StringComparison.Ordinal);
        Assert.Contains(">owner<", _provider.Markup, StringComparison.Ordinal);
        _provider.FindAll(".mud-dialog-actions button").Last().Click();

        _provider.WaitForAssertion(() => Assert.Contains("All changes were applied.", _provider.Markup, StringComparison.Ordinal));
        var sent = Assert.Single(Service.TagChanges);
        Assert.Equal(["env"], sent.Added.Keys);
        Assert.Equal(["team"], sent.Changed.Keys);
        Assert.Equal(["owner"], sent.Removed);
    }

    [Fact]
    public void Edit_InvalidKey_ApplyDisabledWithReason()
    {
        Open();

        _provider.FindAll("button").First(b => b.TextContent.Contains("Add tag", StringComparison.Ordinal)).Click();
        _provider.FindAll(".tag-key input").Last().Input("aws:reserved");

        _provider.WaitForAssertion(() => Assert.Contains("must not start with 'aws:'", _provider.Markup, StringComparison.Ordinal));
        Assert.True(_provider.FindAll(".mud-dialog-actions button").Last().HasAttribute("disabled"));
    }

    [Fact]
    public void Apply_PartialFailure_ShowsResultPerKey()
    {
        Service.TagResult = new TagChangeResult([
            new TagKeyResult("env", TagChangeKind.Added, true, null),
            new TagKeyResult("owner", TagChangeKind.Removed, false, "Access denied: your AWS identity needs the IAM permission profile:UntagResource."),
        ]);
        Open();
        _provider.Find("button[aria-label='Remove tag owner']").Click();

        _provider.FindAll(".mud-dialog-actions button").Last().Click();

        _provider.WaitForAssertion(() => Assert.Contains("Some changes were not applied.", _provider.Markup, StringComparison.Ordinal));
        Assert.Contains("removed failed: Access denied: your AWS identity needs the IAM permission profile:UntagResource.", _provider.Markup, StringComparison.Ordinal);
    }

    private void Open()
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        _provider.InvokeAsync(() => TagEditorDialog.ShowAsync(dialogs, _stream));
        _provider.WaitForAssertion(() => Assert.Equal(2, _provider.FindAll(".tag-row").Count));
    }

    private void KeyInput(string key) => Assert.Contains(_provider.FindAll(".tag-key input"), i => i.GetAttribute("value") == key);
}
