using Serilog.Core;
using Serilog.Events;

namespace EventStreamConsole.Hosting;

/// <summary>
/// The last line of defence for credentials in logs: a structured property named like a credential-bearing header or
/// setting (Authorization, Cookie, x-amz-security-token, ClientSecret, …) is written as "***", whoever logged it.
/// </summary>
public sealed class SensitivePropertyRedactor : ILogEventEnricher
{
    private static readonly HashSet<string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "x-amz-security-token", "X-Amz-Security-Token",
        "SecretAccessKey", "SessionToken", "ClientSecret", "client_secret", "code_verifier", "id_token", "access_token", "refresh_token",
    };

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in logEvent.Properties.Keys.Where(s_names.Contains).ToList())
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue("***")));
        }
    }
}
