using Bunit;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Service;
using EventStreamConsole.Service.Changes;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventStreamConsole.Tests.Components.Dialogs;

public sealed class ChangeDestinationDialogTests : PageTestContext
{
    private readonly IRenderedComponent<MudDialogProvider> _provider;
    private readonly EventStreamDetail _stream = Streams.Detail("retail", tags: new Dictionary<string, string> { ["team"] = "retail" });
    private readonly string _orders = $"arn:aws:kinesis:{Streams.Region}:{Streams.Account}:stream/orders-events";

    public ChangeDestinationDialogTests() => _provider = RenderProviders();

    [Fact]
    public void Open_ExplainsDeleteAndCreate_MoveDisabledUntilCheckedAndUnderstood()
    {
        Open();

        Assert.Contains("AWS cannot change an event stream's destination in place", _provider.Markup, StringComparison.Ordinal);
        Assert.Contains("Events that happen in between are not exported", _provider.Markup, StringComparison.Ordinal);
        Assert.True(MoveButton().HasAttribute("disabled"));

        Pick(_orders);
        _provider.WaitForAssertion(() => Assert.Contains("orders-events exists, is ACTIVE", _provider.Markup, StringComparison.Ordinal));
        Assert.True(MoveButton().HasAttribute("disabled"));
        _provider.Find(".mud-dialog-content input[type=checkbox]").Change(true);

        _provider.WaitForAssertion(() => Assert.False(MoveButton().HasAttribute("disabled")));
    }

    [Fact]
    public void Pick_PrecheckRefuses_SaysWhyAndStaysDisabled()
    {
        Service.MovePrecheck = "New destination: Kinesis stream orders-events is UPDATING; a stream can only be moved to an ACTIVE one. Wait until it is ACTIVE.";
        Open();

        Pick(_orders);
        _provider.Find(".mud-dialog-content input[type=checkbox]").Change(true);

        _provider.WaitForAssertion(() => Assert.Contains("is UPDATING; a stream can only be moved to an ACTIVE one", _provider.Markup, StringComparison.Ordinal));
        Assert.True(MoveButton().HasAttribute("disabled"));
    }

    [Fact]
    public void Move_BothCreatesFailed_SaysDeletedWithTheCommandToCopy()
    {
        Service.MoveOutcome = new DestinationChangeOutcome(DestinationChangeState.Deleted, "retail/retail-export is deleted: the new destination was refused (x) and re-creating it failed too (y).",
            "0123456789abcdef0123456789abcdef", Recovery: "aws customer-profiles create-event-stream --domain-name retail --event-stream-name retail-export --uri arn --region us-east-1");
        Open();
        Pick(_orders);
        _provider.Find(".mud-dialog-content input[type=checkbox]").Change(true);

        _provider.WaitForAssertion(() => Assert.False(MoveButton().HasAttribute("disabled")));
        MoveButton().Click();

        _provider.WaitForAssertion(() => Assert.Contains("retail/retail-export is deleted", _provider.Markup, StringComparison.Ordinal));
        Assert.Contains("aws customer-profiles create-event-stream --domain-name retail", _provider.Find("code.code-block").TextContent, StringComparison.Ordinal);
        Assert.Contains("0123456789abcdef0123456789abcdef", _provider.Markup, StringComparison.Ordinal);
        Assert.Equal(("retail", "retail-export", _orders), Assert.Single(Service.Moves));
    }

    private void Open()
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        _provider.InvokeAsync(() => ChangeDestinationDialog.ShowAsync(dialogs, _stream));
        _provider.WaitForAssertion(() => Assert.Contains("ACTIVE streams in us-east-1", _provider.Markup, StringComparison.Ordinal));
    }

    private void Pick(string arn)
    {
        var select = _provider.FindComponent<MudSelect<string>>();
        _provider.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(arn));
    }

    private AngleSharp.Dom.IElement MoveButton() => _provider.FindAll(".mud-dialog-actions button").Last();
}
