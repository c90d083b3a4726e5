using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 that records every request as it arrived on the wire (method, raw target,
/// headers in order, body) and answers what <see cref="Responder"/> says. Our clients are pointed at it through their
/// custom-endpoint setting, so what it records is exactly what they would send to AWS.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<CapturedRequest> _requests = [];
    private readonly Task _accepting;

    public LoopbackServer()
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri Url { get; }

    /// <summary>The answer to each request; by default 200 with an empty JSON object.</summary>
    public Func<CapturedRequest, CannedResponse> Responder { get; set; } = _ => CannedResponse.Json(200, "{}");

    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Clear()
    {
        lock (_requests)
        {
            _requests.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        var stream = client.GetStream();
        var reader = new WireReader(stream);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var requestLine = await reader.ReadLineAsync(_stop.Token);
                if (requestLine is null)
                {
                    return;
                }

                var parts = requestLine.Split(' ');
                var headers = new List<KeyValuePair<string, string>>();
                for (var line = await reader.ReadLineAsync(_stop.Token); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync(_stop.Token))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
                }

                var request = new CapturedRequest(parts[0], parts[1], headers, await ReadBodyAsync(reader, headers));
                lock (_requests)
                {
                    _requests.Add(request);
                }

                await WriteAsync(stream, Responder(request));
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
        {
            // The client closed the connection, or the server is stopping.
        }
    }

    private async Task<byte[]> ReadBodyAsync(WireReader reader, List<KeyValuePair<string, string>> headers)
    {
        var length = headers.FirstOrDefault(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value;
        if (length is not null)
        {
            return await reader.ReadBytesAsync(int.Parse(length, System.Globalization.CultureInfo.InvariantCulture), _stop.Token);
        }

        if (!headers.Any(h => h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        using var body = new MemoryStream();
        for (var size = Convert.ToInt32((await reader.ReadLineAsync(_stop.Token))!.Split(';')[0], 16); size > 0; size = Convert.ToInt32((await reader.ReadLineAsync(_stop.Token))!.Split(';')[0], 16))
        {
            body.Write(await reader.ReadBytesAsync(size, _stop.Token));
            await reader.ReadLineAsync(_stop.Token);
        }

        while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token)))
        {
            // Trailers are not used by these clients.
        }

        return body.ToArray();
    }

    private async Task WriteAsync(NetworkStream stream, CannedResponse response)
    {
        var head = new StringBuilder($"HTTP/1.1 {response.Status} {(HttpStatusCode)response.Status}\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(response.Body.Length).Append("\r\n\r\n");
        // One write: a head and a body in two small segments would wait on Nagle and delayed ACKs (40 ms a call).
        await stream.WriteAsync((byte[])[.. Encoding.ASCII.GetBytes(head.ToString()), .. response.Body], _stop.Token);
    }

    /// <summary>Buffered reads of CRLF-terminated lines and exact byte counts from one connection.</summary>
    private sealed class WireReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[16384];
        private int _start;
        private int _end;

        public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new List<byte>();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellationToken))
                {
                    return line.Count == 0 ? null : Encoding.Latin1.GetString(line.ToArray());
                }

                var b = _buffer[_start++];
                if (b == '\n')
                {
                    return Encoding.Latin1.GetString(line.ToArray()).TrimEnd('\r');
                }

                line.Add(b);
            }
        }

        public async Task<byte[]> ReadBytesAsync(int count, CancellationToken cancellationToken)
        {
            var result = new byte[count];
            for (var read = 0; read < count;)
            {
                if (_start == _end && !await FillAsync(cancellationToken))
                {
                    throw new IOException("The connection closed inside a body.");
                }

                var take = Math.Min(count - read, _end - _start);
                Array.Copy(_buffer, _start, result, read, take);
                _start += take;
                read += take;
            }

            return result;
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer, cancellationToken);
            return _end > 0;
        }
    }
}

/// <summary>One request as it arrived: <see cref="Target"/> is the raw request target (path and query, still encoded).</summary>
public sealed record CapturedRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string Path => Target.Split('?')[0];

    public string Query => Target.Contains('?', StringComparison.Ordinal) ? Target[(Target.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";

    /// <summary>The raw name=value pairs of the query, in the order sent.</summary>
    public IReadOnlyList<string> QueryPairs => Query.Length == 0 ? [] : Query.Split('&');

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name)
    {
        var values = Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        return values.Count == 0 ? null : string.Join(",", values);
    }
}

public sealed record CannedResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public static CannedResponse Json(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        new(status, [new("Content-Type", contentType), new("x-amzn-RequestId", "conformance-request"), .. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))],
            Encoding.UTF8.GetBytes(body));
}
