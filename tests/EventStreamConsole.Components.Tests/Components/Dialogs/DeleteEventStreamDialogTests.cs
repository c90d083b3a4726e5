using Bunit;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Service.Changes;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventStreamConsole.Tests.Components.Dialogs;

public sealed class DeleteEventStreamDialogTests : PageTestContext
{
    private readonly IRenderedComponent<MudDialogProvider> _provider;

    public DeleteEventStreamDialogTests() => _provider = RenderProviders();

    [Fact]
    public async Task Delete_NameTyped_DeletesAndCloses()
    {
        var result = Open();

        _provider.Find(".confirm-name input").Input("retail-export");
        DeleteButton().Click();

        Assert.True(await result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken));
        Assert.Contains("Delete retail/retail-export", Service.Calls);
    }

    [Fact]
    public async Task Delete_AnswerLost_ShowsOutcomeUnknownCheckingUntilTheServiceKnows()
    {
        Service.ChangeProgress = new ChangeProgress("AWS's answer to the delete was lost. The outcome is unknown; checking whether it was applied…");
        Service.ChangeGate = new TaskCompletionSource();
        var result = Open();

        _provider.Find(".confirm-name input").Input("retail-export");
        DeleteButton().Click();

        _provider.WaitForAssertion(() => Assert.Contains("The outcome is unknown; checking", _provider.Find("[role='status']").TextContent, StringComparison.Ordinal));
        Assert.Contains("Checking…", DeleteButton().TextContent, StringComparison.Ordinal);
        Assert.True(DeleteButton().HasAttribute("disabled"));
        Service.ChangeGate.SetResult();
        Assert.True(await result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Delete_OutcomeStaysUnknown_SaysWhereToLookAndKeepsTheDialog()
    {
        Service.Failure = new ChangeOutcomeUnknownException("AWS's answer to the delete was lost and the stream could not be read back. It may or may not still exist: open domain retail to see.",
            new TimeoutException());
        Open();

        _provider.Find(".confirm-name input").Input("retail-export");
        DeleteButton().Click();

        _provider.WaitForAssertion(() => Assert.Contains("open domain retail to see", _provider.Find("[role='alert']").TextContent, StringComparison.Ordinal));
        Assert.NotNull(_provider.Find(".mud-dialog"));
    }

    private Task<bool> Open()
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<bool>? result = null;
        _provider.InvokeAsync(() => result = DeleteEventStreamDialog.ShowAsync(dialogs, Streams.Detail("retail")));
        _provider.WaitForAssertion(() => Assert.NotNull(_provider.Find(".confirm-name")));
        return result!;
    }

    private AngleSharp.Dom.IElement DeleteButton() => _provider.FindAll(".mud-dialog-actions button").Last();
}
