using System.Buffers;
using System.IO.Pipelines;
using System.Reflection;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>
/// Serves HTTP/1.1 and cleartext HTTP/2 with prior knowledge on the same port, as AWS-emulating tools do: the official
/// SDK for JavaScript's Kinesis client opens HTTP/2 to <c>http://</c> endpoints, every other client HTTP/1.1. Kestrel picks
/// one protocol per endpoint on cleartext, so each connection's first bytes decide: the HTTP/2 connection preface means
/// HTTP/2, anything else HTTP/1.1. The choice is handed to Kestrel through the per-connection protocols feature its own
/// TLS middleware uses (an internal type, found once at start; its absence stops the start rather than misbehaving).
/// </summary>
public static class CleartextHttp2Detection
{
    /// <summary>The HTTP/2 connection preface (RFC 9113, 3.4).</summary>
    private static readonly byte[] s_preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray();

    private const byte TlsHandshakeRecord = 0x16;

    private static readonly Lazy<ProtocolsFeature> s_protocolsFeature = new(ProtocolsFeature.Find);

    /// <summary>Every endpoint of this server, from --urls, Kestrel:Endpoints or code, detects the protocol per connection.</summary>
    public static IWebHostBuilder UseCleartextHttp2Detection(this IWebHostBuilder builder) =>
        builder.ConfigureKestrel(options =>
        {
            _ = s_protocolsFeature.Value;
            options.ConfigureEndpointDefaults(endpoint =>
            {
                // Every cleartext connection gets its protocol from DetectAsync; Http1AndHttp2 would log that HTTP/2 is off.
                endpoint.Protocols = HttpProtocols.Http2;
                endpoint.Use(next => connection => DetectAsync(connection, next, options.Limits.RequestHeadersTimeout));
            });
        });

    private static async Task DetectAsync(ConnectionContext connection, ConnectionDelegate next, TimeSpan timeout)
    {
        using var stalled = CancellationTokenSource.CreateLinkedTokenSource(connection.ConnectionClosed);
        stalled.CancelAfter(timeout);
        Decision decision;
        try
        {
            decision = await ReadPrefaceAsync(connection.Transport.Input, stalled.Token);
        }
        catch (OperationCanceledException)
        {
            // A client that never finished its first bytes: the same end as Kestrel's request headers timeout.
            connection.Abort(new ConnectionAbortedException("No request within the request headers timeout."));
            return;
        }

        if (decision == Decision.Closed)
        {
            return;
        }

        if (decision != Decision.Tls)
        {
            var protocols = decision == Decision.Http2 ? HttpProtocols.Http2 : HttpProtocols.Http1;
            s_protocolsFeature.Value.Set(connection, protocols);
        }

        await next(connection);
    }

    private enum Decision
    {
        Http1,
        Http2,
        Tls,
        Closed,
    }

    /// <summary>Looks at the first bytes without consuming them: Kestrel reads them again.</summary>
    private static async Task<Decision> ReadPrefaceAsync(PipeReader input, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var decision = Decide(buffer);
            if (decision is not null || result.IsCompleted)
            {
                // Nothing consumed and nothing examined, so Kestrel's first read returns these bytes at once.
                input.AdvanceTo(buffer.Start, buffer.Start);
                return decision ?? (buffer.IsEmpty ? Decision.Closed : Decision.Http1);
            }

            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static Decision? Decide(ReadOnlySequence<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return null;
        }

        var length = (int)Math.Min(buffer.Length, s_preface.Length);
        Span<byte> head = stackalloc byte[length];
        buffer.Slice(0, length).CopyTo(head);
        if (head[0] == TlsHandshakeRecord)
        {
            return Decision.Tls;
        }

        if (!head.SequenceEqual(s_preface.AsSpan(0, length)))
        {
            return Decision.Http1;
        }

        return length == s_preface.Length ? Decision.Http2 : null;
    }

    private sealed class ProtocolsFeature(Type type, ConstructorInfo constructor)
    {
        // The feature only carries the choice, so one instance per protocol serves every connection.
        private readonly object _http1 = constructor.Invoke([HttpProtocols.Http1]);
        private readonly object _http2 = constructor.Invoke([HttpProtocols.Http2]);

        public static ProtocolsFeature Find()
        {
            var type = typeof(KestrelServerOptions).Assembly.GetType("Microsoft.AspNetCore.Server.Kestrel.Core.Internal.HttpProtocolsFeature");
            var constructor = type?.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, [typeof(HttpProtocols)]);
            return type is not null && constructor is not null
                ? new ProtocolsFeature(type, constructor)
                : throw new InvalidOperationException(
                    "This version of Kestrel has no per-connection HttpProtocolsFeature; the emulator cannot serve HTTP/1.1 and cleartext HTTP/2 on one port.");
        }

        public void Set(ConnectionContext connection, HttpProtocols protocols) =>
            connection.Features[type] = protocols == HttpProtocols.Http2 ? _http2 : _http1;
    }
}
