using System.Net;
using System.Text.RegularExpressions;

namespace EventStreamConsole.Tests.Shared;

/// <summary>
/// An HTTP client that follows nothing by itself and keeps cookies per host:port like a browser on loopback does, Secure
/// cookies included (browsers treat localhost as a secure context; .NET's CookieContainer does not).
/// </summary>
public sealed partial class CookieJarClient : IDisposable
{
    // The mock authority's certificate is self-signed; nothing else is reached over HTTPS in these tests.
    private readonly HttpClient _http = new(new HttpClientHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    });
    private readonly Dictionary<string, Dictionary<string, string>> _cookies = [];

    /// <summary>Every Set-Cookie header received, for asserting cookie attributes.</summary>
    public List<string> SetCookieHeaders { get; } = [];

    public IReadOnlyDictionary<string, string> CookiesFor(Uri uri) => _cookies.TryGetValue(uri.Authority, out var jar) ? jar : new Dictionary<string, string>();

    public Task<HttpResponseMessage> GetAsync(Uri uri, CancellationToken cancellationToken) => SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);

    public Task<HttpResponseMessage> PostFormAsync(Uri uri, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, uri) { Content = new FormUrlEncodedContent(form) }, cancellationToken);

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (_cookies.TryGetValue(uri.Authority, out var jar) && jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            jar = _cookies.TryGetValue(uri.Authority, out var existing) ? existing : _cookies[uri.Authority] = [];
            foreach (var header in values)
            {
                SetCookieHeaders.Add(header);
                var pair = header.Split(';')[0];
                var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                var value = pair[(name.Length + 1)..];
                if (value.Length == 0 || Expired().IsMatch(header))
                {
                    jar.Remove(name);
                }
                else
                {
                    jar[name] = value;
                }
            }
        }

        return response;
    }

    /// <summary>Follows redirects on any host until a non-redirect answer, returning it and the address it came from.</summary>
    public async Task<(HttpResponseMessage Response, Uri Uri)> FollowAsync(Uri uri, CancellationToken cancellationToken, int limit = 10)
    {
        for (var i = 0; i < limit; i++)
        {
            var response = await GetAsync(uri, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectKeepVerb))
            {
                return (response, uri);
            }

            uri = new Uri(uri, response.Headers.Location!);
        }

        throw new InvalidOperationException($"More than {limit} redirects from {uri}");
    }

    /// <summary>The hidden inputs and action of the first form in an HTML answer (the authority's form_post page).</summary>
    public static (Uri Action, Dictionary<string, string> Fields) ReadForm(string html)
    {
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        var fields = HiddenInput().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        return (new Uri(action), fields);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("expires=Thu, 01 Jan 1970", RegexOptions.IgnoreCase)]
    private static partial Regex Expired();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}
