using Amazon.CustomerProfiles;
using Bunit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Pages;

public sealed class HomeSelectionTests : PageTestContext
{
    public HomeSelectionTests()
    {
        Service.Inventory = Service.Inventory with
        {
            Entries =
            [
                Streams.Entry("alpha", Streams.Summary("alpha")),
                Streams.Entry("bravo", Streams.Summary("bravo", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: Now.UtcDateTime.AddHours(-1))),
                Streams.Entry("charlie", Streams.Summary("charlie")),
                Streams.Entry("delta", null),
            ],
        };
        RenderProviders();
    }

    [Fact]
    public void SelectAllThatMatch_Admin_CountsStreamsOnlyAndOffersBothChanges()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Contains("Select all 3 that match", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("0</b> selected", cut.Find(".selection-count").InnerHtml, StringComparison.Ordinal);

        Button(cut, "Select all 3 that match").Click();

        cut.WaitForAssertion(() => Assert.Contains("3</b> selected", cut.Find(".selection-count").InnerHtml, StringComparison.Ordinal));
        Assert.False(Button(cut, "Edit tags of 3 streams").HasAttribute("disabled"));
        Assert.False(Button(cut, "Change destination of 3 streams").HasAttribute("disabled"));
        // Every row with a stream, and the page's own box.
        Assert.Equal(4, cut.FindAll("input[type=checkbox][aria-label^='Select ']").Count(c => ((AngleSharp.Html.Dom.IHtmlInputElement)c).IsChecked));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)cut.Find("input[aria-label='Select the streams on this page']")).IsChecked);
    }

    [Fact]
    public void SelectRow_TagEditor_EditTagsOnlyAndClearForgets()
    {
        SignIn(FakeEventStreamService.UserOf(ConsoleRole.TagEditor));
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[aria-label='Select alpha']")));

        cut.Find("input[aria-label='Select alpha']").Change(true);

        cut.WaitForAssertion(() => Assert.Contains("1</b> selected", cut.Find(".selection-count").InnerHtml, StringComparison.Ordinal));
        Assert.Contains("Edit tags of 1 stream", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Change destination of", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("input[aria-label='Select delta']"));
        Button(cut, "Clear selection").Click();
        cut.WaitForAssertion(() => Assert.Contains("0</b> selected", cut.Find(".selection-count").InnerHtml, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Viewer_NoSelectionAtAll()
    {
        SignIn(FakeEventStreamService.UserOf(ConsoleRole.Viewer));
        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.Empty(cut.FindAll(".selection-bar"));
        Assert.Empty(cut.FindAll("input[aria-label^='Select ']"));
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<Home> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);
}
