using System.Net;
using System.Text;
using System.Text.Json;
using EventStreamConsole.Emulator.Admin;
using EventStreamConsole.Emulator.Tests.Shared;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace EventStreamConsole.Emulator.Tests.Protocol;

/// <summary>Malformed requests are typed 4xx answers with a request id, never a 500, and change nothing.</summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private EmulatorServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await EmulatorServer.StartAsync(builder =>
    {
        builder.Configuration.AddInMemoryCollection([new("Emulator:Throttling:Enabled", "false")]);
        // A body that stops short is given up on after 1.5 seconds instead of five.
        builder.WebHost.ConfigureKestrel(o => o.Limits.MinRequestBodyDataRate = new MinDataRate(240, TimeSpan.FromSeconds(1.5)));
    });

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/domains/utf8", "{\"DefaultExpirationDays\":3,\"DefaultEncryptionKey\":\"\xFF\xFE\"}", "The request body is not valid UTF-8.")]
    [InlineData("/domains/surrogate", "{\"DefaultExpirationDays\":3,\"DefaultEncryptionKey\":\"\\ud800\"}", "not valid Unicode text")]
    [InlineData("/domains/name", "{\"DefaultExpirationDays\":3,\"Tags\":{\"\\udc00\":\"v\"}}", "not valid Unicode text")]
    public async Task CreateDomain_BodyNotText_BadRequestException(string path, string latin1Body, string expected)
    {
        var response = await SendAsync("POST", path, Encoding.Latin1.GetBytes(latin1Body), "application/json");

        AssertTyped(response, 400, "BadRequestException");
        Assert.Contains(expected, Message(response), StringComparison.Ordinal);
        Assert.Empty(await DomainsAsync());
    }

    [Fact]
    public async Task Kinesis_BodyNotUtf8_SerializationException()
    {
        var response = await SendAsync("POST", "/", Encoding.Latin1.GetBytes("{\"StreamName\":\"\xFF\",\"ShardCount\":1}"), "application/x-amz-json-1.1",
            service: "kinesis", headers: "X-Amz-Target: Kinesis_20131202.CreateStream");

        AssertTyped(response, 400, "SerializationException");
        Assert.Equal("application/x-amz-json-1.1", response.Header("content-type"));
    }

    [Fact]
    public async Task CreateDomain_ContentLengthOverLimit_413BeforeReading()
    {
        var request = RawHttp.Request("POST", "/domains/big", _server.Url, Encoding.ASCII.GetBytes("{\"DefaultExpirationDays\":3,"),
            EmulatorServer.Authorization(), "application/json", contentLength: 11L * 1024 * 1024);

        var response = await RawHttp.SendAsync(_server.Url, request, Timeout, cancellationToken: Ct);

        AssertTyped(response, 413, "RequestEntityTooLargeException");
        Assert.Contains("10485760 bytes", Message(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDomain_ChunkedBodyOverLimit_413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/domains/chunked") { Content = new StreamContent(new MemoryStream(new byte[11 * 1024 * 1024])) };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Authorization", EmulatorServer.Authorization());
        request.Content.Headers.ContentType = new("application/json");

        using var response = await _server.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("RequestEntityTooLargeException", response.Headers.GetValues("X-Amzn-ErrorType").Single());
        Assert.NotEmpty(response.Headers.GetValues("x-amzn-RequestId").Single());
    }

    [Fact]
    public async Task CreateDomain_BrokenChunkedEncoding_BadRequestException()
    {
        var request = RawHttp.Request("POST", "/domains/chunks", _server.Url, Encoding.ASCII.GetBytes("ZZ\r\nabc\r\n"), EmulatorServer.Authorization(),
            "application/json", headers: "Transfer-Encoding: chunked");
        // Request() adds Content-Length for a body; a chunked request must not have one.
        request = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(request).Replace("Content-Length: 9\r\n", "", StringComparison.Ordinal));

        var response = await RawHttp.SendAsync(_server.Url, request, Timeout, cancellationToken: Ct);

        AssertTyped(response, 400, "BadRequestException");
        Assert.Contains("Bad chunk size data", Message(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDomain_BodyShorterThanContentLength_BadRequestException()
    {
        var request = RawHttp.Request("POST", "/domains/short", _server.Url, Encoding.ASCII.GetBytes("{\"Default"), EmulatorServer.Authorization(),
            "application/json", contentLength: 100);

        var response = await RawHttp.SendAsync(_server.Url, request, Timeout, cancellationToken: Ct);

        AssertTyped(response, 400, "BadRequestException");
        Assert.Empty(await DomainsAsync());
    }

    [Theory]
    [InlineData("kinesis", "Credential should be scoped to correct service: 'profile'. ")]
    [InlineData("sts", "Credential should be scoped to correct service: 'profile'. ")]
    public async Task CustomerProfiles_SignedForAnotherService_InvalidSignature403(string service, string expected)
    {
        var response = await SendAsync("GET", "/domains", service: service);

        AssertTyped(response, 403, "InvalidSignatureException");
        Assert.Equal(expected, Message(response));
    }

    [Fact]
    public async Task Kinesis_SignedForCustomerProfiles_InvalidSignature400()
    {
        var response = await SendAsync("POST", "/", "{}"u8.ToArray(), "application/x-amz-json-1.1", service: "profile", headers: "X-Amz-Target: Kinesis_20131202.ListStreams");

        AssertTyped(response, 400, "InvalidSignatureException");
        Assert.Equal("Credential should be scoped to correct service: 'kinesis'. ", JsonDocument.Parse(response.Body).RootElement.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("US-EAST-1")]
    [InlineData("xx-nowhere-1")]
    [InlineData("us-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-1")]
    public async Task Request_InvalidRegionInScope_InvalidSignature(string region)
    {
        var response = await SendAsync("GET", "/domains", region: region);

        AssertTyped(response, 403, "InvalidSignatureException");
        Assert.StartsWith("Credential should be scoped to a valid region, not '", Message(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/domains/..")]
    [InlineData("GET", "/domains/%2E%2E")]
    [InlineData("GET", "/domains/retail/event-streams/.")]
    [InlineData("POST", "/domains/../tags/x")]
    [InlineData("GET", "/tags/%2e%2E/domains")]
    public async Task Request_DotSegments_BadRequestException(string method, string target)
    {
        var response = await SendAsync(method, target, method == "POST" ? "{}"u8.ToArray() : null, method == "POST" ? "application/json" : null);

        AssertTyped(response, 400, "BadRequestException");
        Assert.Contains("'.' or '..' segments", Message(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDomain_NameWithEncodedTrailingNewline_RefusedAndNotCreated()
    {
        var response = await SendAsync("POST", "/domains/lf%0A", "{\"DefaultExpirationDays\":3}"u8.ToArray(), "application/json");

        AssertTyped(response, 400, "BadRequestException");
        Assert.Empty(await DomainsAsync());
    }

    [Theory]
    [InlineData("GET", "/nothing-here", 404)]
    [InlineData("PUT", "/domains", 405)]
    [InlineData("GET", "/", 405)]
    [InlineData("GET", "/Domains", 404)]
    [InlineData("GET", "/domains/retail/EVENT-STREAMS", 404)]
    public async Task Request_NoRoute_TypedErrorWithRequestId(string method, string target, int status)
    {
        var response = await SendAsync(method, target);

        AssertTyped(response, status, "UnknownOperationException");
        Assert.Equal("application/json", response.Header("content-type"));
    }

    [Fact]
    public async Task CreateEventStream_ChinaPartitionUriForAwsDomain_BadRequestException()
    {
        var s = new Scenario(_server);
        await s.DomainAsync("retail");
        await s.KinesisStreamAsync("exports");

        using var response = await _server.RawAsync(HttpMethod.Post, "/domains/retail/event-streams/orders",
            $"{{\"Uri\":\"arn:aws-cn:kinesis:us-east-1:{s.Account}:stream/exports\"}}", s.Account);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("partition 'aws' of region us-east-1", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagResource_ChinaPartitionArnForAwsDomain_ResourceNotFound()
    {
        var s = new Scenario(_server);
        await s.DomainAsync("retail");
        var arn = Uri.EscapeDataString($"arn:aws-cn:profile:us-east-1:{s.Account}:domains/retail");

        using var response = await _server.RawAsync(HttpMethod.Post, $"/tags/{arn}", "{\"tags\":{\"team\":\"x\"}}", s.Account);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var domain = await s.Profiles.GetDomainAsync(new Amazon.CustomerProfiles.Model.GetDomainRequest { DomainName = "retail" }, Ct);
        Assert.Null(domain.Tags);
    }

    [Fact]
    public async Task CreateDomain_256EmojiTagValue_Accepted()
    {
        var value = string.Concat(Enumerable.Repeat("\U0001F600", 256));
        var json = JsonSerializer.Serialize(new Dictionary<string, object> { ["DefaultExpirationDays"] = 3, ["Tags"] = new Dictionary<string, string> { ["k"] = value } });

        using var response = await _server.RawAsync(HttpMethod.Post, "/domains/emoji", json, EmulatorServer.NewAccount());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<RawResponse> SendAsync(string method, string target, byte[]? body = null, string? contentType = null, string service = "profile",
        string region = "us-east-1", params string[] headers)
    {
        var request = RawHttp.Request(method, target, _server.Url, body, EmulatorServer.Authorization(region: region, service: service), contentType, headers: headers);
        return await RawHttp.SendAsync(_server.Url, request, Timeout, cancellationToken: Ct);
    }

    private async Task<IReadOnlyList<string>> DomainsAsync()
    {
        var state = await _server.Http.GetFromJsonAsync<EmulatorSnapshot>("/_emulator/state", Ct);
        return [.. state!.Scopes.Where(s => s.AccountId == "000000000000").SelectMany(s => s.Domains)];
    }

    private static void AssertTyped(RawResponse response, int status, string errorType)
    {
        Assert.False(response.TimedOut, "the emulator did not answer in time");
        Assert.Equal(status, response.Status);
        Assert.Equal(errorType, response.Header("x-amzn-errortype"));
        Assert.Equal(errorType, JsonDocument.Parse(response.Body).RootElement.GetProperty("__type").GetString());
        Assert.Matches("^[0-9a-f-]{36}$", response.Header("x-amzn-requestid") ?? "");
    }

    private static string? Message(RawResponse response) =>
        JsonDocument.Parse(response.Body).RootElement.TryGetProperty("Message", out var m) ? m.GetString() : null;
}
