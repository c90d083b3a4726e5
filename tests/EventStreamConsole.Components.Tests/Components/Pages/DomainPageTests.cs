using Bunit;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Pages;

public sealed class DomainPageTests : PageTestContext
{
    public DomainPageTests() => RenderProviders();

    [Fact]
    public void Paging_NextAndPrevious_FollowTheTokenStack()
    {
        Service.DomainPages[""] = new EventStreamPage([Streams.Summary("retail")], "t1");
        Service.DomainPages["t1"] = new EventStreamPage([Streams.Summary("retail2")], null);
        var cut = Render<DomainPage>(p => p.Add(d => d.DomainName, "retail"));
        cut.WaitForAssertion(() => Assert.Contains("retail-export", cut.Markup, StringComparison.Ordinal));

        cut.Find("button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Contains("retail2-export", cut.Markup, StringComparison.Ordinal));
        Assert.True(cut.Find("button[aria-label='Next page']").HasAttribute("disabled"));
        cut.Find("button[aria-label='Previous page']").Click();

        cut.WaitForAssertion(() => Assert.Contains("retail-export", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(["ListEventStreams retail ", "ListEventStreams retail t1", "ListEventStreams retail "], Service.Calls);
    }

    [Fact]
    public void Render_DomainHasStream_CreateDisabledWithReason()
    {
        Service.DomainPages[""] = new EventStreamPage([Streams.Summary("retail")], null);

        var cut = Render<DomainPage>(p => p.Add(d => d.DomainName, "retail"));

        cut.WaitForAssertion(() => Assert.Contains("retail-export", cut.Markup, StringComparison.Ordinal));
        Assert.True(cut.FindAll("button").First(b => b.TextContent.Contains("Create event stream", StringComparison.Ordinal)).HasAttribute("disabled"));
        Assert.Contains("AWS allows one event stream per domain", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoStream_OffersCreate()
    {
        var cut = Render<DomainPage>(p => p.Add(d => d.DomainName, "retail"));

        cut.WaitForAssertion(() => Assert.Contains("This domain has no event stream", cut.Markup, StringComparison.Ordinal));
        Assert.False(cut.FindAll("button").First(b => b.TextContent.Contains("Create event stream", StringComparison.Ordinal)).HasAttribute("disabled"));
    }

    [Fact]
    public void Render_UnknownDomain_OneMessageNoOfferToCreate()
    {
        Service.Failure = new Amazon.CustomerProfiles.Model.ResourceNotFoundException("not found", null, Amazon.Runtime.ErrorType.Sender, "ResourceNotFoundException", "rid-404",
            System.Net.HttpStatusCode.NotFound);

        var cut = Render<DomainPage>(p => p.Add(d => d.DomainName, "nowhere"));

        cut.WaitForAssertion(() => Assert.Contains("does not exist in us-east-1", cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
        Assert.Single(cut.FindAll("[role='alert']"));
        Assert.DoesNotContain("Create one", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Contains("Create event stream", StringComparison.Ordinal));
    }
}
