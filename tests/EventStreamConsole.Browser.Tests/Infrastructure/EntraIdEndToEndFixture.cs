using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd.Infrastructure;

/// <summary>The real console with Entra ID sign-in against the mock authority, driven in Chromium: each test signs a person in.</summary>
public sealed class EntraIdEndToEndFixture : EndToEndFixture
{
    public MockOpenIdAuthority Authority { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [.. base.Settings, .. Authority.ConsoleSettings];

    protected override Task BeforeStartAsync() => Authority.StartAsync();

    protected override void ConfigureBuilder(WebApplicationBuilder builder) => Authority.TrustedBy(builder.Services);

    protected override async ValueTask AfterStopAsync() => await Authority.DisposeAsync();

    /// <summary>Opens <paramref name="path"/> in a fresh browser, picks <paramref name="user"/> on the authority's page, and waits for the circuit.</summary>
    public async Task<IPage> SignInAsync(MockUser user, string path = "/", bool waitInteractive = true)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(path);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Sign in as {user.Name}" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(BaseUrl.ToString(), StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });
        if (waitInteractive)
        {
            await WaitInteractiveAsync(page);
        }

        return page;
    }
}
