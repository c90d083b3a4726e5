using System.Net;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Authentication;

/// <summary>
/// Signs every kind of user in and out, makes allowed, refused and failing changes with AWS keys and a session token, then
/// scans every log event written during the test run (all levels, every property) and every page for the secrets used.
/// </summary>
public sealed class SecretsInLogsTests(EntraIdConsoleFixture fixture) : IClassFixture<EntraIdConsoleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logs_SignInsChangesAndFailures_ContainNoSecret()
    {
        var pages = new List<string>();
        var cookies = new List<string>();
        foreach (var user in MockOpenIdAuthority.Users)
        {
            using var client = await fixture.SignInAsync(user, "/", Ct);
            foreach (var path in new[] { "/", "/audit", "/audit/export.csv", "/account/access-denied", "/account/signout" })
            {
                var (response, _) = await client.FollowAsync(new Uri(fixture.BaseUrl, path), Ct);
                pages.Add(await response.Content.ReadAsStringAsync(Ct));
            }

            cookies.AddRange(client.SetCookieHeaders.Select(h => h.Split(';')[0].Split('=', 2)[1]).Where(v => v.Length > 0));
        }

        await using (var admin = await SignedInScope.CreateAsync(fixture.App.Services, "Ada Admin", "EventStreams.Admin"))
        {
            var service = admin.ServiceProvider.GetRequiredService<IEventStreamService>();
            var detail = await service.GetEventStreamAsync(new InventoryKey("123456789012", "us-east-1"), "insurance-billing-prod", "insurance-billing-prod-export", Ct);
            await service.ApplyTagChangesAsync(new InventoryKey("123456789012", "us-east-1"), "insurance-billing-prod", detail.EventStreamArn,
                TagChangeSet.Between(detail.Tags, [.. detail.Tags, new("checked-by", "secret-scan")]), Ct);
            await Assert.ThrowsAnyAsync<Exception>(() => service.DeleteEventStreamAsync(new InventoryKey("123456789012", "us-east-1"), "no-such-domain", "no-such-stream", Ct));
        }

        await using (var viewer = await SignedInScope.CreateAsync(fixture.App.Services, "Victor Viewer", "EventStreams.Viewer"))
        {
            var service = viewer.ServiceProvider.GetRequiredService<IEventStreamService>();
            await Assert.ThrowsAsync<ConsoleAccessDeniedException>(() => service.DeleteEventStreamAsync(new InventoryKey("123456789012", "us-east-1"), "insurance-billing-prod", "insurance-billing-prod-export", Ct));
        }

        string[] secrets = [fixture.AwsSecretAccessKey, fixture.AwsSessionToken, .. fixture.Authority.IssuedSecrets, .. cookies.Where(c => c.Length >= 16)];
        var logged = LogCapture.Events.ToArray().Select(LogCapture.Render).ToList();

        Assert.True(logged.Count > 100, $"the capture sink saw only {logged.Count} events");
        Assert.Contains(logged, l => l.Contains("signin-oidc", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Contains("TagResource", StringComparison.Ordinal) && l.Contains("Ada Admin", StringComparison.Ordinal));
        Assert.True(fixture.Authority.IssuedSecrets.Count > 10, "the authority issued codes and tokens");
        foreach (var secret in secrets.Distinct())
        {
            var where = logged.FirstOrDefault(l => l.Contains(secret, StringComparison.Ordinal) || l.Contains(WebUtility.UrlEncode(secret), StringComparison.Ordinal));
            Assert.True(where is null, $"a secret ({secret[..Math.Min(6, secret.Length)]}…) was logged: {where?[..Math.Min(3000, where.Length)]}");
            Assert.DoesNotContain(pages, p => p.Contains(secret, StringComparison.Ordinal));
        }
    }
}
