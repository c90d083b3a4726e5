using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>
/// Reads a request body whole, never more than Emulator:Limits:MaxRequestBodyBytes: a larger Content-Length is refused
/// before anything is read, and a chunked body is cut off (413) once it passes the limit.
/// </summary>
public static class RequestBody
{
    private const int ChunkedReadSize = 16 * 1024;

    public static async Task<byte[]> ReadAsync(HttpRequest request, Func<string, EmulatorException> error, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadCappedAsync(request, error, cancellationToken);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // Kestrel reports most broken framing as BadHttpRequestException (handled by the pipeline), some as a bare IOException (a chunk size that overflows: "Bad chunk size data").
            throw error($"The request body could not be read: {ex.Message}");
        }
    }

    private static async Task<byte[]> ReadCappedAsync(HttpRequest request, Func<string, EmulatorException> error, CancellationToken cancellationToken)
    {
        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<EmulatorOptions>>().CurrentValue.Limits.MaxRequestBodyBytes;
        // Kestrel then enforces the same limit on bodies of unknown length, and does not wait to drain a body it knows
        // is too large after the answer: it closes the connection.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        if (request.ContentLength > limit)
        {
            throw EmulatorException.TooLarge(limit);
        }

        if (request.ContentLength is { } length)
        {
            var exact = new byte[length];
            try
            {
                await request.Body.ReadExactlyAsync(exact, cancellationToken);
            }
            catch (EndOfStreamException)
            {
                throw error($"The request body ended before the {length} bytes its Content-Length announced.");
            }

            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkedReadSize];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw EmulatorException.TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
