using System.Net;
using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace EventStreamConsole.Tests.Authentication;

/// <summary>Sign-in with Entra ID through the real Microsoft.Identity.Web pipeline, against a mock authority on loopback.</summary>
public sealed class EntraIdSignInTests(EntraIdConsoleFixture fixture) : IClassFixture<EntraIdConsoleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_NotSignedIn_RedirectsToEntraWithCodeFlowAndPkce()
    {
        using var client = new CookieJarClient();

        using var response = await client.GetAsync(new Uri(fixture.BaseUrl, "/domains/x?region=us-east-1"), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal($"{fixture.Authority.BaseUrl}{MockOpenIdAuthority.TenantId}/oauth2/v2.0/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(MockOpenIdAuthority.ClientId, query["client_id"]);
        Assert.Equal(new Uri(fixture.BaseUrl, "/signin-oidc").ToString(), query["redirect_uri"]);
        Assert.Contains("openid", query["scope"].ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RoleUsers => new()
    {
        { MockOpenIdAuthority.Admin.Login, "EventStreams.Admin" },
        { MockOpenIdAuthority.Viewer.Login, "EventStreams.Viewer" },
        { MockOpenIdAuthority.TagEditor.Login, "EventStreams.TagEditor" },
        { MockOpenIdAuthority.Auditor.Login, "EventStreams.Auditor" },
        { MockOpenIdAuthority.GroupMember.Login, "EventStreams.TagEditor" },
    };

    [Theory]
    [MemberData(nameof(RoleUsers))]
    public async Task SignIn_Callback_SignedInWithTheRolesOfTheToken(string login, string role)
    {
        var user = MockOpenIdAuthority.Users.Single(u => u.Login == login);
        using var client = await fixture.SignInAsync(user, "/domains/insurance-billing-prod?region=us-east-1", Ct);

        using var page = await client.GetAsync(new Uri(fixture.BaseUrl, "/domains/insurance-billing-prod?region=us-east-1"), Ct);
        using var whoAmI = await client.GetAsync(new Uri(fixture.BaseUrl, "/account/access-denied"), Ct);
        var html = TextOf(await whoAmI.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"You are signed in as {user.Name} with the roles {role}.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UserWithoutConsoleRole_LandsOnAccessDeniedNamingTheRoles()
    {
        using var client = await fixture.SignInAsync(MockOpenIdAuthority.NoRole, "/", Ct);

        using var page = await client.GetAsync(new Uri(fixture.BaseUrl, "/"), Ct);
        var (denied, uri) = await client.FollowAsync(new Uri(fixture.BaseUrl, "/"), Ct);
        var html = TextOf(await denied.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/access-denied", uri.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("signed in as Nico NoRole with no Event Stream Console role", html, StringComparison.Ordinal);
        Assert.Contains("EventStreams.Viewer", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, bool> AuditAccess => new()
    {
        { MockOpenIdAuthority.Admin.Login, true },
        { MockOpenIdAuthority.Auditor.Login, true },
        { MockOpenIdAuthority.Viewer.Login, false },
        { MockOpenIdAuthority.TagEditor.Login, false },
        { MockOpenIdAuthority.GroupMember.Login, false },
        { MockOpenIdAuthority.NoRole.Login, false },
    };

    [Theory]
    [InlineData("?from=2026-12-05&to=2026-12-01", "From (UTC day) 2026-12-05 is after To (UTC day) 2026-12-01, so no entry can match.")]
    [InlineData("?from=yesterday", "'from' must be a UTC day written yyyy-MM-dd before 9999-12-31, such as 2026-12-04 (it is 'yesterday').")]
    [InlineData("?action=DropTable", "'action' must be one of CreateEventStream, DeleteEventStream, TagResource, UntagResource, AcknowledgeOutage, BulkEditTags, ChangeDestination, BulkChangeDestination (it is 'DropTable').")]
    [InlineData("?result=maybe&from=2026-01-01&FROM=2026-13-01", "'result' must be one of")]
    public async Task AuditExport_FiltersThatCannotMatch_400NamingEachOne(string query, string expected)
    {
        var user = MockOpenIdAuthority.Users.Single(u => u.Login == MockOpenIdAuthority.Auditor.Login);
        using var client = await fixture.SignInAsync(user, "/", Ct);

        using var export = await client.GetAsync(new Uri(fixture.BaseUrl, "/audit/export.csv" + query), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        var body = await export.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("The audit export was refused: ", body, StringComparison.Ordinal);
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AuditAccess))]
    public async Task AuditRoutes_EachRole_OnlyAdminAndAuditorGetIn(string login, bool allowed)
    {
        var user = MockOpenIdAuthority.Users.Single(u => u.Login == login);
        using var client = await fixture.SignInAsync(user, "/", Ct);

        using var page = await client.GetAsync(new Uri(fixture.BaseUrl, "/audit"), Ct);
        using var export = await client.GetAsync(new Uri(fixture.BaseUrl, "/audit/export.csv"), Ct);

        foreach (var response in new[] { page, export })
        {
            if (allowed)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
            }
        }

        if (allowed)
        {
            Assert.StartsWith("text/csv", export.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SessionCookie_AfterSignIn_IsHostPrefixedSecureHttpOnlyAndLax()
    {
        using var client = await fixture.SignInAsync(MockOpenIdAuthority.Viewer, "/", Ct);

        var cookie = client.SetCookieHeaders.Single(h => h.StartsWith("__Host-EventStreamConsole=", StringComparison.Ordinal)).ToLowerInvariant();

        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("; path=/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
        Assert.All(client.SetCookieHeaders, h => Assert.Contains("secure", h, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Session_Expired_SignsInAgainAndReturnsToTheSamePage()
    {
        const string page = "/domains/insurance-billing-prod/streams/insurance-billing-prod-export?region=us-east-1";
        using var client = await fixture.SignInAsync(MockOpenIdAuthority.TagEditor, page, Ct);
        try
        {
            fixture.Clock.Offset = TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1);

            var landing = await fixture.CompleteSignInAsync(client, MockOpenIdAuthority.TagEditor, new Uri(fixture.BaseUrl, page), Ct);
            using var after = await client.GetAsync(new Uri(fixture.BaseUrl, page), Ct);

            Assert.Equal(page, landing);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSessionHereAndAtEntra()
    {
        using var client = await fixture.SignInAsync(MockOpenIdAuthority.Admin, "/", Ct);

        using var signOut = await client.GetAsync(new Uri(fixture.BaseUrl, "/account/signout"), Ct);
        var endSession = signOut.Headers.Location!;
        var (signedOut, landedOn) = await client.FollowAsync(endSession, Ct);
        using var afterwards = await client.GetAsync(new Uri(fixture.BaseUrl, "/"), Ct);

        Assert.Equal($"{fixture.Authority.BaseUrl}{MockOpenIdAuthority.TenantId}/oauth2/v2.0/logout", endSession.GetLeftPart(UriPartial.Path));
        Assert.DoesNotContain("__Host-EventStreamConsole", client.CookiesFor(fixture.BaseUrl).Keys);
        Assert.Equal("/account/signed-out", landedOn.AbsolutePath);
        Assert.Contains("You are signed out", await signedOut.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith(fixture.Authority.Instance, afterwards.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>What a page says, without markup: tags removed, entities decoded, whitespace collapsed.</summary>
    private static string TextOf(string html) =>
        System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ").Replace(" .", ".", StringComparison.Ordinal);

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/app.css")]
    [InlineData("/account/signed-out")]
    public async Task AnonymousRoutes_NotSignedIn_Answered(string path)
    {
        using var client = new CookieJarClient();

        using var response = await client.GetAsync(new Uri(fixture.BaseUrl, path), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/destinations")]
    [InlineData("/metrics")]
    public async Task MonitoringRoutes_NotSignedIn_AnsweredWithoutSignIn(string path)
    {
        using var client = new CookieJarClient();

        using var response = await client.GetAsync(new Uri(fixture.BaseUrl, path), Ct);

        // /health/destinations answers 503 while a destination is failing; neither sends anyone to sign in.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{path}: {response.StatusCode}");
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/audit")]
    [InlineData("/audit/export.csv")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    [InlineData("/no-such-page")]
    public async Task ProtectedRoutes_NotSignedIn_GoToSignIn(string path)
    {
        using var client = new CookieJarClient();

        using var response = await client.SendAsync(new HttpRequestMessage(path.Contains("negotiate", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, new Uri(fixture.BaseUrl, path)), Ct);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{path}: {response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith(fixture.Authority.Instance, response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
