using Bunit;
using EventStreamConsole.Components.Controls;
using EventStreamConsole.Tests.Shared;
using MudBlazor;

namespace EventStreamConsole.Tests.Components.Controls;

public sealed class DialogAlertTests : ConsoleTestContext
{
    [Fact]
    public void Render_NewMessage_ScrollsItselfIntoViewOnce()
    {
        var cut = Render<DialogAlert>(p => p.Add(a => a.Message, "Checking whether it was applied…").Add(a => a.Role, "status").Add(a => a.Severity, Severity.Warning));
        cut.Render();

        var scroll = Assert.Single(ScrollCalls());
        Assert.Equal("#" + cut.Find("[role=status]").Id, scroll.Arguments[0]);
        Assert.Contains("Checking whether it was applied", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MessageChanges_ScrollsAgain()
    {
        var cut = Render<DialogAlert>(p => p.Add(a => a.Message, "First error"));

        cut.Render(p => p.Add(a => a.Message, "Second error"));

        Assert.Equal(2, ScrollCalls().Count);
        Assert.Equal("Second error", cut.Find("[role=alert]").TextContent.Trim());
    }

    [Fact]
    public void Render_Details_SmallLineUnderTheSentence()
    {
        var cut = Render<DialogAlert>(p => p.Add(a => a.Message, "Stream name is required.").Add(a => a.Details, "BadRequestException · request id rid-1"));

        var alert = cut.Find("[role=alert]");
        Assert.StartsWith("Stream name is required.", alert.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("BadRequestException · request id rid-1", alert.QuerySelector(".dialog-alert-details")!.TextContent.Trim());
    }

    [Fact]
    public void Render_NoDetails_NoDetailsLine() =>
        Assert.Empty(Render<DialogAlert>(p => p.Add(a => a.Message, "Could not reach AWS.")).FindAll(".dialog-alert-details"));

    private List<JSRuntimeInvocation> ScrollCalls() =>
        [.. JSInterop.Invocations.Where(i => i.Identifier.Contains("scrollIntoView", StringComparison.Ordinal))];
}
