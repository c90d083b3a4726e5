using Bunit;
using EventStreamConsole.Components.Layout;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Layout;

public sealed class NavMenuTests : PageTestContext
{
    [Fact]
    public void Render_InAnotherRegion_LinkKeepsTheRegion()
    {
        Navigation.NavigateTo("/domains/retail?region=eu-west-2");

        var cut = Render<NavMenu>();

        Assert.Equal("/?region=eu-west-2", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Navigate_ToOtherRegion_LinkFollows()
    {
        var cut = Render<NavMenu>();
        Assert.Equal("/?region=us-east-1", cut.Find("a").GetAttribute("href"));

        Navigation.NavigateTo("/?region=eu-west-2");

        cut.WaitForAssertion(() => Assert.Equal("/?region=eu-west-2", cut.Find("a").GetAttribute("href")));
    }

    [Fact]
    public void Render_UnknownRegion_FallsBackToDefault()
    {
        Navigation.NavigateTo("/?region=mars-north-1");

        Assert.Equal("/?region=us-east-1", Render<NavMenu>().Find("a").GetAttribute("href"));
    }
}
