using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EventStreamConsole.Tests.Shared;

/// <summary>
/// A real redis-server (Debian's package) on a free loopback port, without persistence, for the shared inventory cache.
/// REDIS_SERVER_PATH overrides /usr/bin/redis-server.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken)
    {
        var path = Environment.GetEnvironmentVariable("REDIS_SERVER_PATH") is { Length: > 0 } p ? p : "/usr/bin/redis-server";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"redis-server was not found at {path}. Install Debian's redis-server (apt-get install redis-server) or set REDIS_SERVER_PATH.");
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var process = Process.Start(new ProcessStartInfo(path, ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--protected-mode", "yes"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var server = new RedisServer(process, port);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("redis-server did not start listening within 5 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
