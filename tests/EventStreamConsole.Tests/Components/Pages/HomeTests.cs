using System.Net;
using Bunit;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.Model;
using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventStreamConsole.Tests.Components.Pages;

public sealed class HomeTests : ConsoleTestContext
{
    private readonly FakeDomainOverviewService _service = new();

    public HomeTests() => Services.AddSingleton<IDomainOverviewService>(_service);

    [Fact]
    public void Render_EveryStateAndHealth_ShownPerRow()
    {
        _service.Domains.Add(("alpha", FakeDomainOverviewService.Stream("alpha")));
        _service.Domains.Add(("bravo", FakeDomainOverviewService.Stream("bravo", status: EventStreamDestinationStatus.Unhealthy, unhealthySince: Now.UtcDateTime.AddHours(-2))));
        _service.Domains.Add(("charlie", FakeDomainOverviewService.Stream("charlie", state: EventStreamState.Stopped)));
        _service.Domains.Add(("delta", null));

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr").Count));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-skeleton")));
        var rows = cut.FindAll("tbody tr");
        Assert.Contains("alpha-export", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("HEALTHY", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("alpha-events", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("UNHEALTHY", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("for 2 h 0 m", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("STOPPED", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("No event stream", rows[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListDomainsFails_ShowsErrorWithRequestId()
    {
        _service.DomainPageFailure = new AmazonServiceException(new AwsErrorDetails("AccessDeniedException", "User is not authorized to perform profile:ListDomains", HttpStatusCode.Forbidden, "rid-42"));

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal(
            "AccessDeniedException: User is not authorized to perform profile:ListDomains (request id rid-42)",
            cut.Find(".mud-alert-message").TextContent.Trim()));
    }

    [Fact]
    public void Render_OneStreamReadFails_ThatRowShowsErrorOthersLoad()
    {
        _service.Domains.Add(("alpha", FakeDomainOverviewService.Stream("alpha")));
        _service.Domains.Add(("bravo", FakeDomainOverviewService.Stream("bravo")));
        _service.StreamFailures["alpha"] = new AmazonServiceException(new AwsErrorDetails("ThrottlingException", "Rate exceeded", HttpStatusCode.TooManyRequests, "rid-7"));

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("ThrottlingException: Rate exceeded (request rid-7)", cut.FindAll("tbody tr")[0].TextContent, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Contains("bravo-export", cut.FindAll("tbody tr")[1].TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Pager_NextThenPrevious_WalksTokenStack()
    {
        for (var i = 0; i < 30; i++)
        {
            _service.Domains.Add(($"d{i:D2}", null));
        }

        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.Equal(25, cut.FindAll("tbody tr").Count));

        cut.Find("button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr").Count));
        Assert.Contains("d25", cut.FindAll("tbody tr")[0].TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("button[aria-label='Next page']").HasAttribute("disabled"));

        cut.Find("button[aria-label='Previous page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(25, cut.FindAll("tbody tr").Count));
        Assert.Equal([null, "25", null], _service.PageRequests);
        Assert.True(cut.Find("button[aria-label='Previous page']").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_NoDomains_SaysSo()
    {
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("No Customer Profiles domains in this account and region.", cut.Markup, StringComparison.Ordinal));
    }

    private IRenderedComponent<ContainerFragment> RenderPage() => Render<ContainerFragment>(p => p.AddChildContent(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<Home>(1);
        builder.CloseComponent();
    }));
}

/// <summary>Renders its child content; lets a test put providers beside the page under test.</summary>
public sealed class ContainerFragment : ComponentBase
{
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) => builder.AddContent(0, ChildContent);
}
