using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace EventStreamConsole.Emulator.Tests.Shared;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient will not send: broken chunked encoding, bodies shorter than their
/// Content-Length, raw bytes in the request target. Each exchange is "Connection: close" and bounded in time.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, byte[] request, TimeSpan timeout, bool closeSendSide = false, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(server.Host, server.Port, cts.Token);
            try
            {
                await socket.SendAsync(request, SocketFlags.None, cts.Token);
            }
            catch (SocketException)
            {
                // The server may answer (413) and close before it has read everything we send; read what it said.
            }

            if (closeSendSide)
            {
                socket.Shutdown(SocketShutdown.Send);
            }

            using var received = new MemoryStream();
            var buffer = new byte[16 * 1024];
            while (true)
            {
                int read;
                try
                {
                    read = await socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
                }
                catch (SocketException)
                {
                    break;
                }

                if (read == 0)
                {
                    break;
                }

                received.Write(buffer, 0, read);
            }

            return RawResponse.Parse(received.ToArray(), timedOut: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RawResponse.Parse([], timedOut: true);
        }
    }

    /// <summary>A request with the emulator's usual headers; <paramref name="headers"/> come after them, raw.</summary>
    public static byte[] Request(string method, string target, Uri server, byte[]? body = null, string? authorization = null, string? contentType = null,
        long? contentLength = null, params string[] headers)
    {
        var head = new StringBuilder();
        head.Append($"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n");
        if (authorization is not null)
        {
            head.Append($"Authorization: {authorization}\r\n");
        }

        if (contentType is not null)
        {
            head.Append($"Content-Type: {contentType}\r\n");
        }

        if (contentLength is not null || body is not null)
        {
            head.Append($"Content-Length: {contentLength ?? body!.Length}\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body ?? []];
    }
}

/// <summary>What came back: the status (0 when nothing did), the headers (names lower-cased) and the body.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, bool TimedOut)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());

    /// <summary>The error type, from X-Amzn-ErrorType or the body's __type.</summary>
    public string? ErrorType
    {
        get
        {
            if (Header("x-amzn-errortype") is { Length: > 0 } header)
            {
                return header;
            }

            try
            {
                using var document = JsonDocument.Parse(Body);
                return document.RootElement.TryGetProperty("__type", out var type) ? type.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public static RawResponse Parse(byte[] bytes, bool timedOut)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0 || !text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
        {
            return new RawResponse(0, new Dictionary<string, string>(), [], timedOut);
        }

        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        var body = bytes.AsSpan(end + 4).ToArray();
        if (headers.GetValueOrDefault("transfer-encoding") == "chunked")
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, body, timedOut);
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = Array.IndexOf(chunked, (byte)'\r', position);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked, position, lineEnd - position).Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            output.Write(chunked, lineEnd + 2, Math.Min(size, chunked.Length - lineEnd - 2));
            position = lineEnd + 2 + size + 2;
        }

        return output.ToArray();
    }
}
