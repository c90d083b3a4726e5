using Bunit;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventStreamConsole.Tests.Components.Dialogs;

public sealed class CreateEventStreamDialogTests : PageTestContext
{
    private readonly IRenderedComponent<MudDialogProvider> _provider;

    public CreateEventStreamDialogTests() => _provider = RenderProviders();

    [Fact]
    public async Task Submit_PastedArnAndTags_CreatesOnceAndReturnsName()
    {
        var result = Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("the 2 streams of us-east-1", _provider.Markup, StringComparison.Ordinal));

        PasteArn("arn:aws:kinesis:us-east-1:123456789012:stream/orders-events");
        _provider.FindAll("button").First(b => b.TextContent.Contains("Add tag", StringComparison.Ordinal)).Click();
        _provider.Find(".tag-key input").Input("team");
        _provider.Find(".tag-value input").Input("retail");
        CreateButton().Click();

        Assert.Equal("retail-export", await result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken));
        var created = Assert.Single(Service.Created);
        Assert.Equal(("retail", "retail-export", "arn:aws:kinesis:us-east-1:123456789012:stream/orders-events"), (created.Domain, created.Name, created.Destination));
        Assert.Equal(new Dictionary<string, string> { ["team"] = "retail" }, created.Tags);
    }

    [Fact]
    public void Validation_AsYouType_NamesFieldAndRuleAndDisablesCreate()
    {
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("2 streams", _provider.Markup, StringComparison.Ordinal));

        PasteArn("arn:aws:kinesis:eu-west-2:123456789012:stream/orders-events");
        NameInput().Input("bad name");

        _provider.WaitForAssertion(() => Assert.Contains("Destination must be a Kinesis stream in the domain's region us-east-1; this one is in eu-west-2.", _provider.Markup, StringComparison.Ordinal));
        Assert.Contains("Stream name may contain only letters, digits, hyphens (-) and underscores (_).", _provider.Markup, StringComparison.Ordinal);
        Assert.True(CreateButton().HasAttribute("disabled"));
    }

    [Fact]
    public void Name_SeventyCharactersPasted_KeptWholeAndRefusedWithTheRule()
    {
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("2 streams", _provider.Markup, StringComparison.Ordinal));
        PasteArn("arn:aws:kinesis:us-east-1:123456789012:stream/orders-events");
        var pasted = new string('n', 70);

        NameInput().Input(pasted);

        _provider.WaitForAssertion(() => Assert.Contains("Stream name must be at most 64 characters (it has 70).", _provider.Markup, StringComparison.Ordinal));
        Assert.Equal(pasted, NameInput().GetAttribute("value"));
        Assert.NotEqual("64", NameInput().GetAttribute("maxlength"));
        Assert.True(CreateButton().HasAttribute("disabled"));
        Assert.Contains("Create is not available yet: Stream name must be at most 64 characters (it has 70).", _provider.Find(".create-blocker").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_NearTheLimit_ShowsCountFromEightyPercent()
    {
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("2 streams", _provider.Markup, StringComparison.Ordinal));

        NameInput().Input(new string('n', 51));
        _provider.WaitForAssertion(() => Assert.Equal(new string('n', 51), NameInput().GetAttribute("value")));
        Assert.DoesNotContain("51/64", _provider.Markup, StringComparison.Ordinal);

        NameInput().Input(new string('n', 52));

        _provider.WaitForAssertion(() => Assert.Contains("52/64 · Letters, digits, - and _; up to 64 characters.", _provider.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Blocker_DestinationMissing_SaysWhyCreateIsDisabled()
    {
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("2 streams", _provider.Markup, StringComparison.Ordinal));

        Assert.True(CreateButton().HasAttribute("disabled"));
        Assert.Contains("Destination is required", _provider.Find(".create-blocker").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Precheck_DomainAlreadyHasStream_ExplainsAndBlocks()
    {
        Service.Prechecks["retail"] = new CreatePrecheck(true, "old-export");

        Open("retail");

        _provider.WaitForAssertion(() => Assert.Contains("already has the event stream 'old-export'. AWS allows one event stream per domain", _provider.Markup, StringComparison.Ordinal));
        PasteArn("arn:aws:kinesis:us-east-1:123456789012:stream/orders-events");
        Assert.True(CreateButton().HasAttribute("disabled"));
    }

    [Fact]
    public void Submit_ClickedTwiceWhileInFlight_CreatesOnce()
    {
        Service.CreateGate = new TaskCompletionSource();
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("2 streams", _provider.Markup, StringComparison.Ordinal));
        PasteArn("arn:aws:kinesis:us-east-1:123456789012:stream/orders-events");

        CreateButton().Click();
        _provider.WaitForAssertion(() => Assert.Contains("Creating…", _provider.Markup, StringComparison.Ordinal));
        Assert.True(CreateButton().HasAttribute("disabled"));
        Service.CreateGate.SetResult();

        _provider.WaitForAssertion(() => Assert.Single(Service.Created));
    }

    [Fact]
    public void Submit_ServiceFails_ShowsErrorAndKeepsTheForm()
    {
        Service.Failure = new Amazon.CustomerProfiles.Model.BadRequestException("Uri: Kinesis stream 'orders-events' does not exist", null,
            Amazon.Runtime.ErrorType.Sender, "BadRequestException", "rid-3", System.Net.HttpStatusCode.BadRequest);
        Open("retail");
        _provider.WaitForAssertion(() => Assert.NotNull(_provider.Find(".create-form")));
        PasteArn("arn:aws:kinesis:us-east-1:123456789012:stream/orders-events");

        CreateButton().Click();

        _provider.WaitForAssertion(() => Assert.Contains("Destination: Kinesis stream 'orders-events' does not exist.", _provider.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal("BadRequestException · request id rid-3", _provider.Find("[role=alert] .dialog-alert-details").TextContent.Trim());
        Assert.Empty(Service.Created);
        Assert.NotNull(_provider.Find(".mud-dialog"));
    }

    [Fact]
    public async Task Submit_AnswerLost_ShowsOutcomeUnknownCheckingUntilTheServiceKnows()
    {
        Service.ChangeProgress = new EventStreamConsole.Service.Changes.ChangeProgress("The outcome is unknown; checking whether it was applied…");
        Service.ChangeGate = new TaskCompletionSource();
        var result = Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("2 streams", _provider.Markup, StringComparison.Ordinal));
        PasteArn("arn:aws:kinesis:us-east-1:123456789012:stream/orders-events");

        CreateButton().Click();

        _provider.WaitForAssertion(() => Assert.Contains("The outcome is unknown; checking", _provider.Find("[role='status']").TextContent, StringComparison.Ordinal));
        Assert.Contains("Checking…", CreateButton().TextContent, StringComparison.Ordinal);
        Assert.True(CreateButton().HasAttribute("disabled"));
        Service.ChangeGate.SetResult();
        Assert.Equal("retail-export", await result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Destination_TypedPartOfAName_ListsOnlyTheMatchingStreamsWithTheirArns()
    {
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("the 2 streams of us-east-1", _provider.Markup, StringComparison.Ordinal));

        DestinationInput().Focus();
        DestinationInput().Input("AUD");
        Time.Advance(TimeSpan.FromSeconds(1)); // the field's debounce runs on the injected clock

        var popovers = Popovers!;
        popovers.WaitForAssertion(() =>
        {
            var option = Assert.Single(popovers.FindAll(".destination-option"));
            Assert.Contains("audit-events", option.TextContent, StringComparison.Ordinal);
            Assert.Contains("arn:aws:kinesis:us-east-1:123456789012:stream/audit-events", option.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Destination_NameOfAListedStreamTyped_CreatesWithThatStreamsArn()
    {
        var result = Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("the 2 streams of us-east-1", _provider.Markup, StringComparison.Ordinal));

        PasteArn("audit-events");
        _provider.WaitForAssertion(() => Assert.Contains("Kinesis stream 'audit-events' in us-east-1: found and ACTIVE.", _provider.Markup, StringComparison.Ordinal));
        CreateButton().Click();

        Assert.Equal("retail-export", await result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken));
        Assert.Equal("arn:aws:kinesis:us-east-1:123456789012:stream/audit-events", Assert.Single(Service.Created).Destination);
    }

    [Fact]
    public void Destination_ArnOfAStreamTheRegionDoesNotHave_SaysSoBeforeSubmitAndBlocksCreate()
    {
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("the 2 streams of us-east-1", _provider.Markup, StringComparison.Ordinal));

        PasteArn("arn:aws:kinesis:us-east-1:123456789012:stream/no-such-stream");

        const string Expected = "Destination: there is no Kinesis stream 'no-such-stream' in us-east-1. Create it in Kinesis first, or pick one from the list.";
        _provider.WaitForAssertion(() => Assert.Contains(Expected, _provider.Markup, StringComparison.Ordinal));
        Assert.Contains("Create is not available yet: " + Expected, _provider.Find(".create-blocker").TextContent, StringComparison.Ordinal);
        Assert.True(CreateButton().HasAttribute("disabled"));
        Assert.Empty(Service.Created);
    }

    [Fact]
    public void Destination_NameNoStreamHas_SaysSoAndBlocksCreate()
    {
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("the 2 streams of us-east-1", _provider.Markup, StringComparison.Ordinal));

        PasteArn("billing-events");

        _provider.WaitForAssertion(() => Assert.Contains("Destination: no Kinesis stream in us-east-1 is named 'billing-events'.", _provider.Markup, StringComparison.Ordinal));
        Assert.True(CreateButton().HasAttribute("disabled"));
    }

    [Fact]
    public void Destination_StreamStillBeingCreated_NamesItsStatusAndBlocksCreate()
    {
        Service.KinesisStreams.Add(new KinesisStreamOption("new-events", "arn:aws:kinesis:us-east-1:123456789012:stream/new-events", "CREATING"));
        Open("retail");
        _provider.WaitForAssertion(() => Assert.Contains("the 3 streams of us-east-1", _provider.Markup, StringComparison.Ordinal));

        PasteArn("arn:aws:kinesis:us-east-1:123456789012:stream/new-events");

        _provider.WaitForAssertion(() => Assert.Contains("Destination: Kinesis stream 'new-events' is CREATING; it must be ACTIVE to receive events.", _provider.Markup, StringComparison.Ordinal));
        Assert.True(CreateButton().HasAttribute("disabled"));
    }

    private Task<string?> Open(string domain)
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?>? result = null;
        _provider.InvokeAsync(() => result = CreateEventStreamDialog.ShowAsync(dialogs, new EventStreamConsole.Inventory.InventoryKey(Streams.Account, Streams.Region), domain));
        _provider.WaitForAssertion(() => Assert.NotNull(_provider.Find(".create-form")));
        return result!;
    }

    private void PasteArn(string arn) => DestinationInput().Input(arn);

    private AngleSharp.Dom.IElement DestinationInput() => _provider.Find(".destination-field input");

    private AngleSharp.Dom.IElement NameInput() => _provider.Find(".stream-name input");

    private AngleSharp.Dom.IElement CreateButton() => _provider.FindAll(".mud-dialog-actions button").Last();
}
