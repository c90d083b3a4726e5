using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Protocol;

/// <summary>
/// One port, every protocol the official SDKs use: HTTP/1.1 (boto3, the AWS CLI, the .NET SDK, the JavaScript Customer
/// Profiles client) and cleartext HTTP/2 with prior knowledge (the JavaScript SDK's Kinesis client).
/// </summary>
public sealed class OnePortProtocolsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Request_OnTheOnlyPort_AnsweredInTheClientsProtocol(int major)
    {
        await using var server = await EmulatorServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/state")
        {
            Version = new Version(major, major == 1 ? 1 : 0),
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(request.Version, response.Version);
    }

    [Fact]
    public async Task Requests_BothProtocolsAtOnce_EachConnectionKeepsItsOwn()
    {
        await using var server = await EmulatorServer.StartAsync();
        using var http1 = new HttpClient { BaseAddress = server.Url, DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var http2 = new HttpClient { BaseAddress = server.Url, DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? http1 : http2).GetAsync("/_emulator/state", Ct)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(10, answers.Count(a => a.Version == HttpVersion.Version20));
        Assert.Equal(10, answers.Count(a => a.Version == HttpVersion.Version11));
    }

    [Fact]
    public async Task Connection_StallsInsideThePreface_ClosedAfterTheRequestHeadersTimeout()
    {
        await using var server = await EmulatorServer.StartAsync(builder =>
            builder.WebHost.ConfigureKestrel(options => options.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(1)));
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Url.Host, server.Url.Port, Ct);
        await socket.SendAsync("PRI * HTTP"u8.ToArray(), SocketFlags.None, Ct);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(15));
        var ended = await ConnectionEndedAsync(socket, limit.Token);

        Assert.True(ended);
    }

    [Fact]
    public async Task Connection_HalfAnHttp1RequestLineThenTheRest_Answered()
    {
        // "P" could still become the HTTP/2 preface; "PO" cannot. The detection must wait, then hand over every byte.
        await using var server = await EmulatorServer.StartAsync();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Url.Host, server.Url.Port, Ct);
        await socket.SendAsync("P"u8.ToArray(), SocketFlags.None, Ct);
        await Task.Delay(100, Ct);
        await socket.SendAsync(Encoding.ASCII.GetBytes($"OST /_emulator/nothing-here HTTP/1.1\r\nHost: {server.Url.Authority}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), SocketFlags.None, Ct);

        var answer = new StringBuilder();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, Ct)) > 0)
        {
            answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        Assert.StartsWith("HTTP/1.1 404", answer.ToString(), StringComparison.Ordinal);
    }

    /// <summary>An aborted connection ends with a reset, a closed one with end of stream: either is an end.</summary>
    private static async Task<bool> ConnectionEndedAsync(Socket socket, CancellationToken cancellationToken)
    {
        try
        {
            return await socket.ReceiveAsync(new byte[64], SocketFlags.None, cancellationToken) == 0;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            return true;
        }
    }
}
