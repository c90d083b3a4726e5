using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Reads an error response in every variant restJson1 and awsJson1.1 servers send: the type from the
/// <c>X-Amzn-ErrorType</c> header or a body <c>__type</c> / <c>code</c> / <c>Code</c> member, with a
/// <c>:url</c> suffix or <c>namespace#</c> prefix removed; the message from <c>Message</c> / <c>message</c>
/// or the <c>x-amzn-error-message</c> header; the request id from <c>x-amzn-RequestId</c>.
/// </summary>
public static class AwsErrorParser
{
    public static AwsErrorDetails Parse(HttpStatusCode status, HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        string? type = null;
        string? message = null;
        if (headers.TryGetValues("X-Amzn-ErrorType", out var typeValues))
        {
            type = typeValues.FirstOrDefault();
        }

        ReadBody(body, ref type, out var bodyMessage);
        message = bodyMessage;
        if (headers.TryGetValues("x-amzn-error-message", out var messageValues))
        {
            message = messageValues.FirstOrDefault() ?? message;
        }

        var code = Sanitize(type) ?? FallbackCode(status);
        return new AwsErrorDetails(code, string.IsNullOrEmpty(message) ? $"{code} (HTTP {(int)status})" : message, status, RequestId(headers));
    }

    public static string? RequestId(HttpResponseHeaders headers)
    {
        foreach (var name in (ReadOnlySpan<string>)["x-amzn-RequestId", "x-amz-request-id", "x-amz-id-2"])
        {
            if (headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>"aws.protocoltests#FooError:http://..." becomes "FooError".</summary>
    public static string? Sanitize(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var value = type.Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            value = value[..colon];
        }

        var hash = value.LastIndexOf('#');
        if (hash >= 0)
        {
            value = value[(hash + 1)..];
        }

        return value.Length == 0 ? null : value;
    }

    private static void ReadBody(ReadOnlySpan<byte> body, ref string? type, out string? message)
    {
        message = null;
        if (body.IsEmpty)
        {
            return;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            string? bodyType = null;
            string? code = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                switch (property.Name)
                {
                    case "__type":
                        bodyType = property.Value.GetString();
                        break;
                    case "code" or "Code":
                        code = property.Value.GetString();
                        break;
                    case "Message" or "message" or "errorMessage":
                        message ??= property.Value.GetString();
                        break;
                }
            }

            type ??= bodyType ?? code;
        }
        catch (JsonException)
        {
            // A proxy's HTML or plain-text error page: the status code is all we have.
        }
    }

    private static string FallbackCode(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "BadRequestException",
        HttpStatusCode.Forbidden => "AccessDeniedException",
        HttpStatusCode.NotFound => "ResourceNotFoundException",
        HttpStatusCode.TooManyRequests => "ThrottlingException",
        >= HttpStatusCode.InternalServerError => "InternalServerException",
        _ => $"Http{(int)status}",
    };
}
