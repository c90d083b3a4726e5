using Bunit;
using EventStreamConsole.Aws;
using EventStreamConsole.Components.Layout;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Layout;

/// <summary>With several accounts, the switcher offers each account's regions and the pages follow ?account=.</summary>
public sealed class RegionSwitcherTests : PageTestContext
{
    public RegionSwitcherTests()
    {
        Service.AccountList.Add(new ConsoleAccount("Payments", Streams.Account, "production", ["us-east-1", "eu-west-2"], new AwsClientOptions { Region = "us-east-1" }));
        Service.AccountList.Add(new ConsoleAccount("Staging", "210987654321", "staging", ["eu-west-2"], new AwsClientOptions { Region = "eu-west-2" }));
        _popovers = Render<MudBlazor.MudPopoverProvider>();
    }

    private readonly IRenderedComponent<MudBlazor.MudPopoverProvider> _popovers;

    [Fact]
    public void Switch_OtherAccount_HomeOfThatAccountAndRegion()
    {
        var cut = Render<RegionSwitcher>();

        cut.Find(".region-menu button").Click();
        _popovers.WaitForAssertion(() => Assert.Contains("Staging (210987654321) · staging", _popovers.Markup, StringComparison.Ordinal));
        _popovers.FindAll(".mud-menu-item").Last().Click();

        Assert.EndsWith("/?region=eu-west-2&account=210987654321", Navigation.Uri, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Contains("Staging · eu-west-2", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Home_AccountInTheAddress_ShowsThatAccount()
    {
        Navigation.NavigateTo("/?region=eu-west-2&account=210987654321");

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Contains("eu-west-2 · Staging (210987654321)", cut.Markup, StringComparison.Ordinal));
    }
}
