using EventStreamConsole.Authentication;
using Microsoft.Extensions.Configuration;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Tests.Authentication;

public sealed class AuthConfigurationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly (string, string)[] s_azureAd =
    [
        ("AzureAd:TenantId", "7d3f3c1e-9a57-4f0e-8a43-2f6a3c1b9e10"), ("AzureAd:ClientId", "5b1c2e8f-3d44-4c1a-9f0e-6a7b8c9d0e1f"), ("AzureAd:ClientSecret", "s"),
    ];

    private static AuthDecision Read(bool embedded, params (string Key, string Value)[] settings) =>
        AuthConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build(), embedded);

    [Fact]
    public void Read_EmbeddedEmulatorOnLoopbackNothingSet_Local()
    {
        var decision = Read(true, ("urls", "http://127.0.0.1:5080"));

        Assert.True(decision.IsValid);
        Assert.Equal(AuthMode.Local, decision.Mode);
    }

    [Fact]
    public void Read_AzureAdConfigured_EntraIdEvenOnTheEmulator()
    {
        var decision = Read(true, [("urls", "http://localhost:5080"), .. s_azureAd]);

        Assert.True(decision.IsValid, string.Join("; ", decision.Failures));
        Assert.Equal(AuthMode.EntraId, decision.Mode);
    }

    [Fact]
    public void Read_AwsWithoutSignIn_RefusesNamingAuthModeAndAzureAd()
    {
        var decision = Read(false, ("urls", "http://127.0.0.1:5080"));

        var failure = Assert.Single(decision.Failures);
        Assert.StartsWith("Auth:Mode is not set and AzureAd:ClientId is empty", failure, StringComparison.Ordinal);
        Assert.Contains("Auth:Mode=Unsecured", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://127.0.0.1:5080;http://10.1.2.3:5080")]
    public void Read_LocalOnAPublicAddress_Refused(string urls)
    {
        var decision = Read(true, ("urls", urls), ("Auth:Mode", "Local"));

        Assert.Contains(decision.Failures, f => f.StartsWith("Auth:Mode=Local is allowed only on a loopback address", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LocalAgainstAws_Refused()
    {
        var decision = Read(false, ("urls", "http://127.0.0.1:5080"), ("Auth:Mode", "Local"));

        Assert.Contains(decision.Failures, f => f.StartsWith("Auth:Mode=Local is allowed only with the embedded emulator", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EmbeddedOnAllInterfacesNothingSet_RefusesAndSaysWhy()
    {
        var decision = Read(true, ("http_ports", "8080"));

        Assert.Contains("Local sign-in needs a loopback address; the console listens on *:8080", Assert.Single(decision.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntraIdMissingPieces_EachKeyNamed()
    {
        var decision = Read(false, ("Auth:Mode", "EntraId"), ("AzureAd:Instance", "not a url"));

        Assert.Contains("AzureAd:TenantId is required when Auth:Mode is EntraId (see README \"Sign-in with Entra ID\").", decision.Failures);
        Assert.Contains("AzureAd:ClientId is required when Auth:Mode is EntraId (see README \"Sign-in with Entra ID\").", decision.Failures);
        Assert.Contains(decision.Failures, f => f.StartsWith("AzureAd:ClientSecret (or AzureAd:ClientCredentials) is required", StringComparison.Ordinal));
        Assert.Contains(decision.Failures, f => f.StartsWith("AzureAd:Instance 'not a url'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BadRoleSettings_EachKeyNamed()
    {
        var decision = Read(true, ("urls", "http://127.0.0.1:1"), ("Auth:Mode", "Sometimes"), ("Auth:RoleNames:Admin", "EventStreams.Viewer"),
            ("Auth:GroupRoles:not-a-guid", "Boss"), ("Auth:SessionLifetime", "00:01:00"));

        Assert.Contains("Auth:Mode 'Sometimes' is not one of EntraId, Local, Unsecured.", decision.Failures);
        Assert.Contains(decision.Failures, f => f.StartsWith("Auth:RoleNames:Admin 'EventStreams.Viewer' is also the name of Viewer", StringComparison.Ordinal));
        Assert.Contains(decision.Failures, f => f.StartsWith("Auth:GroupRoles:not-a-guid is not a group object id", StringComparison.Ordinal));
        Assert.Contains(decision.Failures, f => f.StartsWith("Auth:GroupRoles:not-a-guid 'Boss' is not a console role", StringComparison.Ordinal));
        Assert.Contains(decision.Failures, f => f.StartsWith("Auth:SessionLifetime must be between", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("https://127.0.0.1:0", true)]
    [InlineData("http://127.8.9.10:1", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://example.com", false)]
    [InlineData("*:8080", false)]
    public void IsLoopback_Url_OnlyLoopbackHosts(string url, bool loopback) => Assert.Equal(loopback, AuthConfiguration.IsLoopback(url));

    [Fact]
    public async Task Start_AwsRegionWithoutSignIn_RefusesNamingAuthMode()
    {
        await using var app = await TestConsole.CreateAsync(new Dictionary<string, string?>
        {
            [TestConsole.UrlsKey] = "http://0.0.0.0:0",
            ["CustomerProfiles:Region"] = "eu-west-2",
            ["CustomerProfiles:AccessKeyId"] = "AKIAEXAMPLE",
            ["CustomerProfiles:SecretAccessKey"] = "example",
        }, cancellationToken: Ct);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync(Ct));
        var failures = ConsoleWebApplication.ValidationFailures(ex);

        Assert.StartsWith("Auth:Mode is not set", Assert.Single(failures), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationFailures_OtherErrors_None() =>
        Assert.Empty(ConsoleWebApplication.ValidationFailures(new InvalidOperationException("x")));

    [Fact]
    public void ValidationFailures_Aggregate_AllFailures() =>
        Assert.Equal(["a", "b"], ConsoleWebApplication.ValidationFailures(new AggregateException(
            new OptionsValidationException("A", typeof(object), ["a"]), new OptionsValidationException("B", typeof(object), ["b"]))));
}
