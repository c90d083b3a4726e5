using Microsoft.AspNetCore.Http.Features;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>
/// What the emulator's host does for every request before and after routing: gives each answer an x-amzn-RequestId,
/// refuses dot segments ("/domains/..", "%2E%2E"), which Kestrel would otherwise resolve into another route, and turns
/// the router's bare 404 and 405 into typed errors in the caller's protocol.
/// </summary>
public static class RequestGuard
{
    public static IApplicationBuilder UseEmulatorRequestGuard(this IApplicationBuilder app) => app.Use(GuardAsync);

    private static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        AwsErrorWriter.RequestId(context);
        // awsJson1.1 calls name their operation in X-Amz-Target; everything else is answered as restJson1.
        var awsJson = context.Request.Headers.ContainsKey("X-Amz-Target");
        var path = RawPath(context);
        if (HasDotSegment(path))
        {
            await AwsErrorWriter.WriteAsync(context, EmulatorException.BadBody(awsJson,
                "The request path must not contain '.' or '..' segments (encoded or not); each path label is one segment."), awsJson, context.RequestAborted);
            return;
        }

        await next(context);
        if (context.Response.HasStarted)
        {
            return;
        }

        var unrouted = context.Response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is null;
        if (unrouted || context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            var error = new EmulatorException("UnknownOperationException", context.Response.StatusCode,
                $"No operation of this emulator is {context.Request.Method} {Shorten(context.Request.Path.Value ?? "/")}.");
            await AwsErrorWriter.WriteAsync(context, error, awsJson, context.RequestAborted);
        }
    }

    /// <summary>The path as the client sent it, before Kestrel decoded it and resolved its dot segments.</summary>
    private static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? raw : raw[..query];
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (!path.StartsWith('/') && scheme >= 0)
        {
            // absolute-form (GET http://host/path HTTP/1.1): the path starts after the authority.
            var slash = path.IndexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path[slash..];
        }

        return path;
    }

    private static bool HasDotSegment(string path)
    {
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length is 0 or > 6)
            {
                continue;
            }

            var decoded = segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
            if (decoded is "." or "..")
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string value) => value.Length <= 200 ? value : string.Concat(value.AsSpan(0, 197), "...");
}
