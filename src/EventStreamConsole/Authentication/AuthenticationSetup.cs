using System.Globalization;
using System.Security.Claims;
using EventStreamConsole.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace EventStreamConsole.Authentication;

/// <summary>Registers sign-in for the chosen mode, the role mapping, the policies and the account endpoints.</summary>
public static class AuthenticationSetup
{
    public const string SessionCookieName = "__Host-EventStreamConsole";

    public static void AddConsoleAuthentication(this WebApplicationBuilder builder, AuthDecision decision)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>>(decision);
        // With invalid settings the app refuses to start (above); nothing below is ever served then, and no AzureAd is read.
        var mode = decision.IsValid ? decision.Mode : AuthMode.Local;
        var authOptions = decision.Options;
        services.AddSingleton(new ConsoleAuthMode(mode));
        services.AddSingleton<IClaimsTransformation, RoleClaimsTransformation>();
        services.AddScoped<AuthenticationStateProvider, SessionExpiryAuthenticationStateProvider>();
        services.AddConsoleAuthorization();

        if (mode == AuthMode.EntraId)
        {
            AddEntraId(builder, authOptions);
        }
        else
        {
            services.AddAuthentication(FixedUserAuthenticationHandler.SchemeName)
                .AddScheme<FixedUserOptions, FixedUserAuthenticationHandler>(FixedUserAuthenticationHandler.SchemeName, o => o.Mode = mode);
        }
    }

    private static void AddEntraId(WebApplicationBuilder builder, AuthOptions authOptions)
    {
        var azureAd = builder.Configuration.GetSection(ConfigurationKeys.AzureAd);
        if (string.IsNullOrWhiteSpace(azureAd["Instance"]))
        {
            builder.Configuration[$"{ConfigurationKeys.AzureAd}:Instance"] = "https://login.microsoftonline.com/";
        }

        // Signed-in requests are read from the cookie; sign-in goes to Entra ID; a missing role is the cookie's access-denied page.
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddMicrosoftIdentityWebApp(azureAd, OpenIdConnectDefaults.AuthenticationScheme, CookieAuthenticationDefaults.AuthenticationScheme);

        builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            // Authorization code flow with PKCE; the code is redeemed with the client secret and tokens never reach the cookie.
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.SaveTokens = false;
            options.TokenValidationParameters.NameClaimType = "name";
            options.TokenValidationParameters.RoleClaimType = ConsoleClaimTypes.AppRoles;
        });

        builder.Services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.Name = SessionCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = authOptions.SessionLifetime;
            // A fixed session: open circuits know when it ends (SessionExpiryAuthenticationStateProvider).
            options.SlidingExpiration = false;
            options.AccessDeniedPath = "/account/access-denied";
            var signingIn = options.Events.OnSigningIn;
            options.Events.OnSigningIn = async context =>
            {
                await signingIn(context);
                if (context.Properties.ExpiresUtc is { } expires && context.Principal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(ConsoleClaimTypes.SessionExpires, expires.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
                }
            };
        });

        builder.Services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.Always);
    }

    /// <summary>/account/signin (back to a page of this site after sign-in) and /account/signout; both anonymous.</summary>
    public static void MapAccountEndpoints(this WebApplication app, AuthMode mode)
    {
        var account = app.MapGroup("/account").AllowAnonymous();
        account.MapGet("/signin", (string? returnUrl) =>
        {
            var target = LocalUrl(returnUrl);
            return mode == AuthMode.EntraId
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.LocalRedirect(target);
        });
        // A GET, like Microsoft.Identity.Web's own sign-out: the worst a forged link can do is sign someone out.
        account.MapGet("/signout", () => mode == AuthMode.EntraId
            ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/signed-out" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
            : Results.LocalRedirect("/"));
    }

    /// <summary>A path on this site, or "/" for anything else (no open redirects).</summary>
    public static string LocalUrl(string? url) => string.IsNullOrEmpty(url) || !RedirectHttpResult.IsLocalUrl(url) ? "/" : url;
}

/// <summary>The sign-in mode the console started with.</summary>
public sealed record ConsoleAuthMode(AuthMode Mode);
