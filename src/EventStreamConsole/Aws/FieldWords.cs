using System.Text.RegularExpressions;

namespace EventStreamConsole.Aws;

/// <summary>
/// The API's member names (EventStreamName, Uri, tagKeys...) in a message, as a person calls the field on the console's
/// forms: "EventStreamName is required." becomes "Stream name is required.". The shared rules keep the API names, since the
/// client, the emulator and the logs speak the API.
/// </summary>
public static partial class FieldWords
{
    private static readonly Dictionary<string, string> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EventStreamName"] = "Stream name",
        ["DomainName"] = "Domain name",
        ["Uri"] = "Destination",
        ["DestinationUri"] = "Destination",
        ["TagKey"] = "Tag key",
        ["TagValue"] = "Tag value",
        ["Tags key"] = "Tag key",
        ["Tags value"] = "Tag value",
        ["tagKeys entry"] = "Tag key",
        ["tagKeys"] = "Tag keys",
        ["resourceArn"] = "Resource ARN",
        ["DefaultExpirationDays"] = "Expiration days",
        ["MaxResults"] = "Page size",
        ["NextToken"] = "Page token",
    };

    // Longest first, so "Tags key" wins over a shorter name inside it; whole words only.
    [GeneratedRegex(@"\b(EventStreamName|DestinationUri|DomainName|DefaultExpirationDays|tagKeys entry|tagKeys|Tags key|Tags value|TagKey|TagValue|resourceArn|MaxResults|NextToken|Uri)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiNames();

    public static string Of(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ApiNames().Replace(message, m => s_words[m.Value]);
    }

    /// <summary>As <see cref="Of"/>, ending as a sentence.</summary>
    public static string Sentence(string message)
    {
        var words = Of(message).Trim();
        return words.Length == 0 || words[^1] is '.' or '!' or '?' or '…' ? words : words + ".";
    }
}
