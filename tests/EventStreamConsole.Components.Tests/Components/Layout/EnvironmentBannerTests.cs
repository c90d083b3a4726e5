using Bunit;
using EventStreamConsole.Aws;
using EventStreamConsole.Components.Layout;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Layout;

public sealed class EnvironmentBannerTests : PageTestContext
{
    private void Configure(string environment) =>
        Service.AccountList.Add(new ConsoleAccount("Payments", Streams.Account, environment, [Streams.Region], new AwsClientOptions { Region = Streams.Region }));

    [Theory]
    [InlineData("production")]
    [InlineData("PROD")]
    public void Render_Production_RedBannerNamingTheAccount(string environment)
    {
        Configure(environment);

        var banner = Render<EnvironmentBanner>();
        var label = Render<EnvironmentLabel>();

        Assert.Contains("PRODUCTION", banner.Markup, StringComparison.Ordinal);
        Assert.Contains("Payments (123456789012)", banner.Markup, StringComparison.Ordinal);
        Assert.Contains("mud-alert-filled-error", banner.Markup, StringComparison.Ordinal);
        Assert.Contains("mud-chip-color-error", label.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Staging_LabelOnlyNoBanner()
    {
        Configure("staging");

        var banner = Render<EnvironmentBanner>();
        var label = Render<EnvironmentLabel>();

        Assert.Empty(banner.Markup.Trim());
        Assert.Contains("STAGING", label.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-chip-color-error", label.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoEnvironment_Nothing()
    {
        Configure("");

        Assert.Empty(Render<EnvironmentBanner>().Markup.Trim());
        Assert.Empty(Render<EnvironmentLabel>().Markup.Trim());
    }
}
