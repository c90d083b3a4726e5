using System.Net;
using EventStreamConsole.Hosting;
using Microsoft.Extensions.Configuration;

namespace EventStreamConsole.Tests.Hosting;

public sealed class EmbeddedEmulatorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task StartAsync_OneLoopbackPort_AnswersHttp11AndCleartextHttp2(int major)
    {
        var ct = TestContext.Current.CancellationToken;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Emulator:DatabasePath", ""), new("Emulator:Seed", "None")])
            .Build();
        await using var emulator = await EmbeddedEmulator.StartAsync(configuration, AppContext.BaseDirectory, Serilog.Core.Logger.None, ct);
        using var client = new HttpClient { BaseAddress = emulator.Url };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/state")
        {
            Version = major == 1 ? HttpVersion.Version11 : HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(request.Version, response.Version);
    }
}
