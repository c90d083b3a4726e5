using System.Net;
using EventStreamConsole.Configuration;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Authentication;

/// <summary>
/// Decides the sign-in mode once, at start, from <c>Auth:Mode</c>, the <c>AzureAd</c> section, the backend and the
/// addresses the console listens on. A combination that would expose the console refuses to start, naming the setting.
/// </summary>
public static class AuthConfiguration
{
    public static AuthDecision Read(IConfiguration configuration, bool embeddedEmulator)
    {
        var options = new AuthOptions();
        configuration.GetSection(AuthOptions.SectionName).Bind(options);
        var errors = new List<string>(AuthOptionsRules.Check(options));
        var azureAd = configuration.GetSection(ConfigurationKeys.AzureAd);
        var azureAdConfigured = !string.IsNullOrWhiteSpace(azureAd["ClientId"]);
        var listen = ListenAddresses(configuration);
        var loopback = listen.All(IsLoopback);

        AuthMode mode;
        if (string.IsNullOrWhiteSpace(options.Mode))
        {
            if (azureAdConfigured)
            {
                mode = AuthMode.EntraId;
            }
            else if (embeddedEmulator && loopback)
            {
                mode = AuthMode.Local;
            }
            else
            {
                errors.Add("Auth:Mode is not set and AzureAd:ClientId is empty, so nobody could sign in. Configure the AzureAd section " +
                    "(Instance, TenantId, ClientId, ClientSecret; see README \"Sign-in with Entra ID\"), or set Auth:Mode=Unsecured to run " +
                    "without sign-in (everyone is an administrator)." + (embeddedEmulator
                        ? $" Local sign-in needs a loopback address; the console listens on {string.Join(", ", listen)} (set urls, e.g. --urls http://127.0.0.1:5080)."
                        : ""));
                return new AuthDecision(AuthMode.EntraId, options, errors);
            }
        }
        else if (!Enum.TryParse(options.Mode, ignoreCase: true, out mode) || !Enum.IsDefined(mode))
        {
            errors.Add($"Auth:Mode '{options.Mode}' is not one of EntraId, Local, Unsecured.");
            return new AuthDecision(AuthMode.EntraId, options, errors);
        }

        switch (mode)
        {
            case AuthMode.EntraId:
                foreach (var key in new[] { "TenantId", "ClientId" })
                {
                    if (string.IsNullOrWhiteSpace(azureAd[key]))
                    {
                        errors.Add($"AzureAd:{key} is required when Auth:Mode is EntraId (see README \"Sign-in with Entra ID\").");
                    }
                }

                if (string.IsNullOrWhiteSpace(azureAd["ClientSecret"]) && !azureAd.GetSection("ClientCredentials").GetChildren().Any())
                {
                    errors.Add("AzureAd:ClientSecret (or AzureAd:ClientCredentials) is required when Auth:Mode is EntraId: the sign-in code is redeemed by the server.");
                }

                if (azureAd["Instance"] is { Length: > 0 } instance && !Uri.TryCreate(instance, UriKind.Absolute, out _))
                {
                    errors.Add($"AzureAd:Instance '{instance}' is not an absolute URL such as https://login.microsoftonline.com/.");
                }

                break;
            case AuthMode.Local:
                if (!embeddedEmulator)
                {
                    errors.Add("Auth:Mode=Local is allowed only with the embedded emulator (CustomerProfiles:Region empty); against AWS use Auth:Mode=EntraId.");
                }

                if (!loopback)
                {
                    errors.Add($"Auth:Mode=Local is allowed only on a loopback address; the console listens on {string.Join(", ", listen)}. " +
                        "Set urls to http://127.0.0.1:<port> or http://localhost:<port>, or use Auth:Mode=EntraId.");
                }

                break;
            case AuthMode.Unsecured:
                break;
        }

        return new AuthDecision(mode, options, errors);
    }

    /// <summary>The URLs Kestrel will bind: urls, http_ports/https_ports and Kestrel:Endpoints; Kestrel's default when none.</summary>
    public static IReadOnlyList<string> ListenAddresses(IConfiguration configuration)
    {
        var addresses = new List<string>();
        addresses.AddRange((configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            addresses.AddRange((configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"*:{p}"));
        }

        addresses.AddRange(configuration.GetSection(ConfigurationKeys.KestrelEndpoints).GetChildren().Select(e => e["Url"]).OfType<string>());
        return addresses.Count > 0 ? addresses : ["http://localhost:5000"];
    }

    public static bool IsLoopback(string url)
    {
        var authority = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        authority = authority.Split('/')[0];
        var host = authority.StartsWith('[') ? authority[1..authority.IndexOf(']', StringComparison.Ordinal)] : authority.Split(':')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}

/// <summary>
/// The sign-in mode, the Auth settings, and what is wrong with them. Failures are reported with every other invalid setting
/// when the app starts (it does not), so one run names everything to fix.
/// </summary>
public sealed record AuthDecision(AuthMode Mode, AuthOptions Options, IReadOnlyList<string> Failures) : IValidateOptions<AuthOptions>
{
    public bool IsValid => Failures.Count == 0;

    public ValidateOptionsResult Validate(string? name, AuthOptions options) =>
        IsValid ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Failures);
}
