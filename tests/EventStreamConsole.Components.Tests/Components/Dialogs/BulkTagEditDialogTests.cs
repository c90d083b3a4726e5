using Bunit;
using EventStreamConsole.BulkChanges;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventStreamConsole.Tests.Components.Dialogs;

public sealed class BulkTagEditDialogTests : PageTestContext
{
    private readonly IRenderedComponent<MudDialogProvider> _provider;
    private readonly InventoryEntry[] _entries =
    [
        Streams.Entry("alpha", Streams.Summary("alpha", tags: new() { ["team"] = "retail" })),
        Streams.Entry("bravo", Streams.Summary("bravo", tags: new() { ["team"] = "web", ["legacy"] = "1" })),
        Streams.Entry("charlie", Streams.Summary("charlie", tags: Enumerable.Range(0, 50).ToDictionary(i => $"k{i}", _ => "v"))),
    ];

    private Task<BulkJobView?>? _shown;

    public BulkTagEditDialogTests() => _provider = RenderProviders();

    [Fact]
    public void Preview_SetAndRemove_PerStreamAddChangeSkipAndLimit()
    {
        Open();

        SetTag("team", "retail");
        RemoveKey("legacy");

        _provider.WaitForAssertion(() => Assert.Contains("1 stream change · 1 stream already as asked (skipped) · 1 stream would pass 50 tags (refused)", _provider.Markup, StringComparison.Ordinal));
        var rows = _provider.FindAll(".bulk-preview-table tbody tr");
        Assert.Contains("Nothing: already as asked", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("team: web → retail", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("legacy (was 1)", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("would have 51 tags", rows[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_ValidEdit_StartsOneJobWithTheEditAndReturnsIt()
    {
        Open();
        SetTag("cost-center", "4711");

        _provider.WaitForAssertion(() => Assert.False(ApplyButton().HasAttribute("disabled")));
        ApplyButton().Click();

        _provider.WaitForAssertion(() => Assert.True(_shown!.IsCompleted));
        var (targets, edit) = Assert.Single(Service.StartedTagEdits);
        Assert.Equal(["alpha", "bravo", "charlie"], targets.Select(t => t.DomainName));
        Assert.Equal("4711", edit.Set["cost-center"]);
        Assert.Equal("job1", (await _shown!)!.Id);
    }

    [Fact]
    public void Apply_KeySetAndRemoved_DisabledWithTheRule()
    {
        Open();
        SetTag("team", "retail");

        RemoveKey("team");

        _provider.WaitForAssertion(() => Assert.Contains("Key 'team' is both set and removed; choose one.", _provider.Markup, StringComparison.Ordinal));
        Assert.True(ApplyButton().HasAttribute("disabled"));
        Assert.Empty(Service.StartedTagEdits);
    }

    [Fact]
    public void Apply_StreamsBusy_SaysWhichAndStaysOpen()
    {
        Service.Failure = new BulkStreamsBusyException([new BulkTarget("alpha", "alpha-export", "arn", null)]);
        Open();
        SetTag("cost-center", "4711");

        ApplyButton().Click();

        _provider.WaitForAssertion(() => Assert.Contains("The job was not started: 1 of the chosen streams is already being changed by another bulk job (alpha/alpha-export)", _provider.Markup, StringComparison.Ordinal));
        Assert.False(_shown!.IsCompleted);
    }

    private void Open()
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        var snapshot = Service.Inventory with { Entries = _entries };
        var targets = _entries.Select(e => new BulkTarget(e.DomainName, e.Stream!.EventStreamName!, e.Stream.EventStreamArn!, e.DestinationUri)).ToList();
        _provider.InvokeAsync(() => _shown = BulkTagEditDialog.ShowAsync(dialogs, snapshot.Key, targets, snapshot));
        _provider.WaitForAssertion(() => Assert.Contains("Edit tags of 3 streams", _provider.Markup, StringComparison.Ordinal));
    }

    private void SetTag(string key, string value)
    {
        _provider.FindAll("button").First(b => b.TextContent.Contains("Add tag", StringComparison.Ordinal)).Click();
        _provider.WaitForAssertion(() => Assert.NotEmpty(_provider.FindAll(".tag-rows .tag-key input")));
        _provider.FindAll(".tag-rows .tag-key input").Last().Input(key);
        _provider.FindAll(".tag-rows .tag-value input").Last().Input(value);
    }

    private void RemoveKey(string key)
    {
        _provider.Find(".bulk-remove input").Input(key);
        _provider.FindAll(".bulk-remove button").Single().Click();
    }

    private AngleSharp.Dom.IElement ApplyButton() => _provider.FindAll(".mud-dialog-actions button").Last();
}
