using System.Security.Cryptography;
using System.Text;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

/// <summary>
/// An independent, textbook SigV4 implementation (AWS General Reference, "Create a signed AWS API request"),
/// used only to check the signer the client uses. Non-S3 services encode the already-encoded path once more.
/// </summary>
public static class ReferenceSigV4
{
    public static string Signature(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string payloadHash,
        string secretKey, string region, string service, DateTime signedAt)
    {
        var canonicalUri = string.Join('/', uri.AbsolutePath.Split('/').Select(Uri.EscapeDataString));
        var query = uri.Query.TrimStart('?');
        var canonicalQuery = string.Join('&', query.Length == 0 ? [] : query.Split('&')
            .Select(p => p.Split('=', 2))
            .Select(p => (Key: Uri.EscapeDataString(Uri.UnescapeDataString(p[0])), Value: Uri.EscapeDataString(Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}"));
        var sorted = headers.Select(h => (Name: h.Key.ToLowerInvariant(), Value: h.Value.Trim())).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
        var canonicalHeaders = string.Concat(sorted.Select(h => $"{h.Name}:{h.Value}\n"));
        var signedHeaders = string.Join(';', sorted.Select(h => h.Name));
        var canonicalRequest = $"{method}\n{canonicalUri}\n{canonicalQuery}\n{canonicalHeaders}\n{signedHeaders}\n{payloadHash}";

        var date = signedAt.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var amzDate = signedAt.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
