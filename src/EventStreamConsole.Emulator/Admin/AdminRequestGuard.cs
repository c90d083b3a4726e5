using Microsoft.Net.Http.Headers;

namespace EventStreamConsole.Emulator.Admin;

/// <summary>
/// Keeps web pages away from the admin API, as LocalStack guards its own: a browser names the page's site in
/// Sec-Fetch-Site and Origin, and cannot send application/json or a custom header across sites without a CORS
/// preflight, which the emulator never grants. So a call from another site is refused, and a call that changes state
/// needs Content-Type: application/json or an X-Emulator-Admin header, which curl, the SDKs and tests send freely.
/// </summary>
public static class AdminRequestGuard
{
    public const string Header = "X-Emulator-Admin";

    /// <summary>Why <paramref name="request"/> is refused, or null when it may go on.</summary>
    public static string? Refusal(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return $"The admin API refuses calls from web pages of other sites (Sec-Fetch-Site: {site}).";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return $"The admin API refuses calls from web pages of other origins (Origin: {Shorten(origin)}).";
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return null;
        }

        var json = MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
        return json || request.Headers.ContainsKey(Header)
            ? null
            : $"A call that changes the emulator's state needs Content-Type: application/json or an {Header} header (any value), which a web page of another site cannot send.";
    }

    private static string Shorten(string value) => value.Length <= 100 ? value : string.Concat(value.AsSpan(0, 97), "...");
}
