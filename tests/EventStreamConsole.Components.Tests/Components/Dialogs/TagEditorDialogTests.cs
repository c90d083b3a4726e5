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

    [Fact]
    public void Value_257CharactersPasted_KeptWholeAndRefused()
    {
        Open();
        var pasted = new string('v', 257);

        TeamValue().Input(pasted);

        _provider.WaitForAssertion(() => Assert.Contains("Value of 'team' must be at most 256 characters (it has 257).", _provider.Markup, StringComparison.Ordinal));
        Assert.Equal(pasted, TeamValue().GetAttribute("value"));
        Assert.NotEqual("256", TeamValue().GetAttribute("maxlength"));
        Assert.True(_provider.FindAll(".mud-dialog-actions button").Last().HasAttribute("disabled"));
    }

    [Fact]
    public void Value_NearTheLimit_ShowsTheCountInCodePoints()
    {
        Open();

        // 210 letters and an emoji: 212 UTF-16 units, 211 code points as AWS counts them.
        TeamValue().Input(new string('v', 210) + "\U0001F600");

        _provider.WaitForAssertion(() => Assert.Contains("211/256", _provider.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void AddTag_Clicked_FocusesTheNewKeyInput()
    {
        Open();
        var before = FocusCalls().Count;

        AddTagButton().Click();

        _provider.WaitForAssertion(() => Assert.Equal(3, _provider.FindAll(".tag-row").Count));
        _provider.WaitForAssertion(() => Assert.Equal(before + 1, FocusCalls().Count));
        var focused = Assert.IsType<Microsoft.AspNetCore.Components.ElementReference>(FocusCalls()[^1].Arguments[0]);
        Assert.Equal(focused.Id, _provider.FindAll(".tag-key input").Last().GetAttribute("blazor:elementreference"));
    }

    [Fact]
    public void TagCount_AtFifty_ShowsCounterAndDisablesAdd()
    {
        var tags = Enumerable.Range(1, 49).ToDictionary(i => $"k{i:00}", i => "v");
        var dialogs = Services.GetRequiredService<IDialogService>();
        _provider.InvokeAsync(() => TagEditorDialog.ShowAsync(dialogs, Streams.Detail("retail", tags: tags)));
        _provider.WaitForAssertion(() => Assert.Equal(49, _provider.FindAll(".tag-row").Count));
        Assert.Contains("49/50 tags", _provider.Find(".tag-count").TextContent, StringComparison.Ordinal);

        AddTagButton().Click();

        _provider.WaitForAssertion(() => Assert.Contains("50/50 tags (the most a stream can have)", _provider.Find(".tag-count").TextContent, StringComparison.Ordinal));
        Assert.True(AddTagButton().HasAttribute("disabled"));
    }

    [Fact]
    public void RemoveTag_Undo_PutsTheRowBackWhereItWasAndSendsNothing()
    {
        Open();
        var keysBefore = _provider.FindAll(".tag-key input").Select(i => i.GetAttribute("value")).ToList();

        _provider.Find("button[aria-label='Remove tag owner']").Click();

        _provider.WaitForAssertion(() => Assert.Contains("Removed tag 'owner' = kenji.", _provider.Find(".tag-removed").TextContent, StringComparison.Ordinal));
        Assert.Single(_provider.FindAll(".tag-row"));
        var focusBefore = FocusCalls().Count;
        _provider.FindAll(".tag-removed button").Single(b => b.TextContent.Contains("Undo", StringComparison.Ordinal)).Click();

        _provider.WaitForAssertion(() => Assert.Equal(keysBefore, _provider.FindAll(".tag-key input").Select(i => i.GetAttribute("value")).ToList()));
        Assert.Empty(_provider.FindAll(".tag-removed"));
        Assert.Equal("kenji", _provider.FindAll(".tag-value input")[0].GetAttribute("value"));
        _provider.WaitForAssertion(() => Assert.Equal(focusBefore + 1, FocusCalls().Count));
        Assert.True(_provider.FindAll(".mud-dialog-actions button").Last().HasAttribute("disabled"));
    }

    // MudTextField.FocusAsync ends in ElementReference.FocusAsync, which Blazor runs as this JS call.
    private List<JSRuntimeInvocation> FocusCalls() =>
        JSInterop.Invocations.Where(i => i.Identifier == "Blazor._internal.domWrapper.focus").ToList();

    private AngleSharp.Dom.IElement AddTagButton() =>
        _provider.FindAll("button").First(b => b.TextContent.Contains("Add tag", StringComparison.Ordinal));

    private AngleSharp.Dom.IElement TeamValue() =>
        _provider.FindAll(".tag-row").First(r => r.QuerySelector(".tag-key input")!.GetAttribute("value") == "team").QuerySelector(".tag-value input")!;

    private void Open()
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        _provider.InvokeAsync(() => TagEditorDialog.ShowAsync(dialogs, _stream));
        _provider.WaitForAssertion(() => Assert.Equal(2, _provider.FindAll(".tag-row").Count));
    }

    private void KeyInput(string key) => Assert.Contains(_provider.FindAll(".tag-key input"), i => i.GetAttribute("value") == key);
}
