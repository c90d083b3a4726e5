using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using EventStreamConsole.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EventStreamConsole.Tests.Shared;

/// <summary>A person the mock authority can sign in: Entra ID's claims, app roles and group ids.</summary>
public sealed record MockUser(string Login, string Name, string ObjectId, string[] Roles, string[] Groups);

/// <summary>
/// An OpenID Connect authority shaped like Entra ID v2.0 on a loopback port: discovery, JWKS, authorize (a login page with
/// one button per user, or straight through with login_hint), the token endpoint (code + client secret + PKCE S256) and
/// end-session. Tokens are RS256-signed id_tokens with Entra's claims (oid, tid, roles, groups).
/// </summary>
public sealed class MockOpenIdAuthority : IAsyncDisposable
{
    public const string TenantId = "7d3f3c1e-9a57-4f0e-8a43-2f6a3c1b9e10";
    public const string ClientId = "5b1c2e8f-3d44-4c1a-9f0e-6a7b8c9d0e1f";
    public const string TagEditorGroupId = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();
    private WebApplication? _app;

    public static MockUser Admin { get; } = new("admin", "Ada Admin", "a0000000-0000-0000-0000-000000000001", ["EventStreams.Admin"], []);
    public static MockUser Viewer { get; } = new("viewer", "Victor Viewer", "a0000000-0000-0000-0000-000000000002", ["EventStreams.Viewer"], []);
    public static MockUser TagEditor { get; } = new("tageditor", "Tess TagEditor", "a0000000-0000-0000-0000-000000000003", ["EventStreams.TagEditor"], []);
    public static MockUser Auditor { get; } = new("auditor", "Audrey Auditor", "a0000000-0000-0000-0000-000000000004", ["EventStreams.Auditor"], []);
    public static MockUser GroupMember { get; } = new("groupmember", "Gina Group", "a0000000-0000-0000-0000-000000000005", [], [TagEditorGroupId, "11111111-2222-3333-4444-555555555555"]);
    public static MockUser NoRole { get; } = new("norole", "Nico NoRole", "a0000000-0000-0000-0000-000000000006", [], []);

    public static IReadOnlyList<MockUser> Users { get; } = [Admin, Viewer, TagEditor, Auditor, GroupMember, NoRole];

    /// <summary>The client secret the console must send to the token endpoint; a fresh random value per authority.</summary>
    public string ClientSecret { get; } = "cs~" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <summary>Every token, code and secret this authority handed out or accepted, for the log scan.</summary>
    public ConcurrentBag<string> IssuedSecrets { get; } = [];

    public int TokenRequests => _tokenRequests;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Entra's instance URL form: the console adds the tenant and /v2.0.</summary>
    public string Instance => BaseUrl.ToString();

    public string Issuer => $"{BaseUrl}{TenantId}/v2.0";

    private int _tokenRequests;

    /// <summary>The authority's self-signed HTTPS certificate (Microsoft.Identity.Web fetches metadata over HTTPS only).</summary>
    public X509Certificate2 Certificate { get; } = CreateCertificate();

    /// <summary>A handler that trusts this authority's certificate and nothing else that is not otherwise trusted.</summary>
    public HttpMessageHandler CreateTrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || certificate?.Thumbprint == Certificate.Thumbprint,
    };

    /// <summary>The console's settings for signing in here: the AzureAd section, and a group mapped to EventStreams.TagEditor.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ConsoleSettings =>
    [
        new("AzureAd:Instance", Instance),
        new("AzureAd:TenantId", TenantId),
        new(ConfigurationKeys.AzureAdClientId, ClientId),
        new("AzureAd:ClientSecret", ClientSecret),
        new($"Auth:GroupRoles:{TagEditorGroupId}", "EventStreams.TagEditor"),
    ];

    /// <summary>Makes the console trust this authority's certificate: the OIDC back channel and Entra's issuer validation.</summary>
    public void TrustedBy(IServiceCollection services)
    {
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = CreateTrustingHandler());
        services.AddHttpClient("MockAuthority").ConfigurePrimaryHttpMessageHandler(CreateTrustingHandler);
        services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = "MockAuthority");
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate)));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var tenant = $"/{TenantId}";
        _app.MapGet(tenant + "/v2.0/.well-known/openid-configuration", Discovery);
        _app.MapGet(tenant + "/discovery/v2.0/keys", Keys);
        _app.MapGet(tenant + "/oauth2/v2.0/authorize", Authorize);
        _app.MapPost(tenant + "/oauth2/v2.0/token", TokenAsync);
        _app.MapGet(tenant + "/oauth2/v2.0/logout", Logout);
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.First().TrimEnd('/') + "/");
        IssuedSecrets.Add(ClientSecret);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
        Certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = $"{BaseUrl}{TenantId}/oauth2/v2.0/authorize",
        ["token_endpoint"] = $"{BaseUrl}{TenantId}/oauth2/v2.0/token",
        ["end_session_endpoint"] = $"{BaseUrl}{TenantId}/oauth2/v2.0/logout",
        ["jwks_uri"] = $"{BaseUrl}{TenantId}/discovery/v2.0/keys",
        ["response_types_supported"] = new[] { "code", "id_token", "code id_token", "id_token token" },
        ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
        ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "nonce", "name", "preferred_username", "oid", "tid", "roles", "groups" },
        ["tenant_region_scope"] = "EU",
    });

    private IResult Keys()
    {
        var parameters = _key.ExportParameters(false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", kid = "mock-key", alg = "RS256", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
            },
        });
    }

    /// <summary>A login page listing the users; with login_hint, signs that user in and posts the code back (form_post).</summary>
    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId)
        {
            return Results.BadRequest("AADSTS700016: unknown client_id");
        }

        if (query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]))
        {
            return Results.BadRequest("this authority requires the authorization code flow with PKCE (S256)");
        }

        var user = Users.FirstOrDefault(u => u.Login == query["login_hint"]);
        if (user is null)
        {
            var hidden = string.Concat(query.Where(q => q.Key != "login_hint").Select(q => $"<input type=\"hidden\" name=\"{Html(q.Key)}\" value=\"{Html(q.Value.ToString())}\">"));
            var buttons = string.Concat(Users.Select(u => $"<button type=\"submit\" name=\"login_hint\" value=\"{u.Login}\">Sign in as {Html(u.Name)}</button><br>"));
            return Results.Content($"<!DOCTYPE html><html><head><title>Mock Entra ID sign-in</title></head><body><h1>Pick an account</h1><form method=\"get\">{hidden}{buttons}</form></body></html>", "text/html");
        }

        var code = "code-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        _codes[code] = new PendingCode(user, query["redirect_uri"].ToString(), query["nonce"].ToString(), query["code_challenge"].ToString());
        IssuedSecrets.Add(code);
        var redirect = query["redirect_uri"].ToString();
        var fields = $"<input type=\"hidden\" name=\"code\" value=\"{Html(code)}\"><input type=\"hidden\" name=\"state\" value=\"{Html(query["state"].ToString())}\">";
        return Results.Content($"<!DOCTYPE html><html><head><title>Signing in</title></head><body><form method=\"post\" action=\"{Html(redirect)}\">{fields}<noscript><button>Continue</button></noscript></form>" +
            "<script>document.forms[0].submit()</script></body></html>", "text/html");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _tokenRequests);
        var form = await request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(request, form);
        if (clientId != ClientId || secret != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var pending) || pending.RedirectUri != form["redirect_uri"])
        {
            return Results.Json(new { error = "invalid_grant", error_description = "AADSTS70008: The provided authorization code is invalid or has expired." }, statusCode: 400);
        }

        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (challenge != pending.CodeChallenge)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "AADSTS501481: The Code_Verifier does not match the code_challenge." }, statusCode: 400);
        }

        var idToken = IdToken(pending.User, pending.Nonce);
        var accessToken = "at-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        IssuedSecrets.Add(idToken);
        IssuedSecrets.Add(accessToken);
        return Results.Json(new { token_type = "Bearer", scope = "openid profile", expires_in = 3600, id_token = idToken, access_token = accessToken });
    }

    private static IResult Logout(HttpRequest request)
    {
        var target = request.Query["post_logout_redirect_uri"].ToString();
        if (string.IsNullOrEmpty(target))
        {
            return Results.Content("Signed out.");
        }

        var state = request.Query["state"].ToString();
        return Results.Redirect(state.Length == 0 ? target : $"{target}?state={WebUtility.UrlEncode(state)}");
    }

    private string IdToken(MockUser user, string nonce)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "sub-" + user.Login,
            ["oid"] = user.ObjectId,
            ["tid"] = TenantId,
            ["name"] = user.Name,
            ["preferred_username"] = user.Login + "@contoso.example",
            ["nonce"] = nonce,
            ["ver"] = "2.0",
        };
        if (user.Roles.Length > 0)
        {
            claims["roles"] = user.Roles;
        }

        if (user.Groups.Length > 0)
        {
            claims["groups"] = user.Groups;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now.AddSeconds(-5),
            Expires = now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = "mock-key" }, SecurityAlgorithms.RsaSha256),
        });
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2);
            return (WebUtility.UrlDecode(decoded[0]), WebUtility.UrlDecode(decoded[1]));
        }

        return (form["client_id"], form["client_secret"]);
    }

    private static string Html(string value) => WebUtility.HtmlEncode(value);

    private sealed record PendingCode(MockUser User, string RedirectUri, string Nonce, string CodeChallenge);
}
