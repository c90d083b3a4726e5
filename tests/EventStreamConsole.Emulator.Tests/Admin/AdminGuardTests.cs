using System.Net;
using System.Net.Http.Json;
using System.Text;
using EventStreamConsole.Emulator.Admin;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Admin;

/// <summary>The admin API refuses web pages of other sites, and an answer that is an error has changed nothing.</summary>
public sealed class AdminGuardTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private Scenario _scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(("Emulator:Throttling:Enabled", "false"));
        _scenario = new Scenario(_server);
        await _scenario.EventStreamAsync("retail", "orders", "exports");
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Reset_UnknownSeed_BadRequestAndStateKept()
    {
        var before = await StateAsync();

        using var response = await _server.Admin.PostAsync("/_emulator/reset?seed=x", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await StateAsync());
        Assert.Contains("retail", before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task Reset_FromAnotherSite_ForbiddenAndStateKept(string site)
    {
        var before = await StateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_emulator/reset") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("Sec-Fetch-Site", site);

        using var response = await _server.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("other sites", (await response.Content.ReadFromJsonAsync<AdminError>(Ct))!.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Faults_FromAnotherOrigin_Forbidden()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/_emulator/faults");
        request.Headers.Add(AdminRequestGuard.Header, "1");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await _server.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEmpty(response.Headers.GetValues("x-amzn-RequestId").Single());
    }

    [Fact]
    public async Task State_ReadFromAnotherOrigin_Forbidden()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/state");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await _server.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Reset_SimpleContentTypeWithoutAdminHeader_ForbiddenAndStateKept(string? contentType)
    {
        var before = await StateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_emulator/reset");
        if (contentType is not null)
        {
            request.Content = new StringContent("", Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await _server.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("X-Emulator-Admin", (await response.Content.ReadFromJsonAsync<AdminError>(Ct))!.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Throttling_FormPostFromAPage_RefusedAndUnchanged()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/_emulator/throttling") { Content = new StringContent("{\"Enabled\":true}", Encoding.UTF8, "text/plain") };

        using var response = await _server.Http.SendAsync(request, Ct);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.UnsupportedMediaType, $"got {response.StatusCode}");
        Assert.Contains("\"ThrottlingEnabled\": false", await StateAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("same-origin")]
    [InlineData("none")]
    public async Task Reset_SameOriginOrTypedUrl_Allowed(string site)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_emulator/reset") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("Sec-Fetch-Site", site);
        request.Headers.Add("Origin", _server.Url.GetLeftPart(UriPartial.Authority));

        using var response = await _server.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain("retail", await StateAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_AdminHeaderWithoutBody_Allowed()
    {
        using var response = await _server.Admin.PostAsync("/_emulator/health-check", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EventStreamState_ChinaPartitionArn_BadRequestAndStreamStillRunning()
    {
        var arn = _scenario.StreamArn("retail", "orders").Replace("arn:aws:", "arn:aws-cn:", StringComparison.Ordinal);

        using var response = await _server.Http.PutAsJsonAsync("/_emulator/event-streams/state", new EventStreamStateChange(arn, "STOPPED"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"State\": \"RUNNING\"", await StateAsync(), StringComparison.Ordinal);
    }

    private Task<string> StateAsync() => _server.Http.GetStringAsync("/_emulator/state", Ct);
}
