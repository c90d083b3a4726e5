using System.Net;
using System.Text.Json;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Protocol;

/// <summary>What the emulator puts on the wire, read raw: status codes, error headers and bodies, auth.</summary>
public sealed class WireFormatTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Request_WithoutAuthorization_Forbidden()
    {
        using var response = await fixture.Server.RawAsync(HttpMethod.Get, "/domains", sign: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("MissingAuthenticationTokenException", response.Headers.GetValues("X-Amzn-ErrorType").Single());
        Assert.NotEmpty(response.Headers.GetValues("x-amzn-RequestId").Single());
    }

    [Fact]
    public async Task Request_MalformedAuthorization_ForbiddenWithExplanation()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/domains");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer abc");

        using var response = await fixture.Server.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await Body(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("IncompleteSignatureException", body.GetProperty("__type").GetString());
        Assert.Contains("Credential=KEY/DATE/REGION/SERVICE/aws4_request", body.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_RestJson_HeaderAndBodyCarryType()
    {
        var account = EmulatorServer.NewAccount();

        using var response = await fixture.Server.RawAsync(HttpMethod.Get, "/domains/nope", account: account);
        var body = await Body(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ResourceNotFoundException", response.Headers.GetValues("X-Amzn-ErrorType").Single());
        Assert.Equal("ResourceNotFoundException", body.GetProperty("__type").GetString());
        Assert.Equal("Domain 'nope' was not found.", body.GetProperty("Message").GetString());
    }

    [Theory]
    [InlineData("/domains/bad.name", "{\"DefaultExpirationDays\":30}", "DomainName may contain only letters")]
    [InlineData("/domains/okname", "{\"DefaultExpirationDays\":0}", "DefaultExpirationDays must be between 1 and 1098")]
    [InlineData("/domains/okname", "{}", "DefaultExpirationDays is required.")]
    [InlineData("/domains/okname", "{\"DefaultExpirationDays\":\"x\"}", "DefaultExpirationDays must be an integer.")]
    [InlineData("/domains/okname", "{not json", "The request body is not valid JSON")]
    [InlineData("/domains/okname", "{\"DefaultExpirationDays\":3,\"Tags\":{}}", "Tags must contain at least one tag when present")]
    [InlineData("/domains/okname", "{\"DefaultExpirationDays\":3,\"Tags\":{\"aws:x\":\"v\"}}", "must not start with 'aws:'")]
    public async Task CreateDomain_InvalidInput_BadRequestNamingFieldAndRule(string path, string json, string expected)
    {
        using var response = await fixture.Server.RawAsync(HttpMethod.Post, path, json, EmulatorServer.NewAccount());
        var body = await Body(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequestException", body.GetProperty("__type").GetString());
        Assert.Contains(expected, body.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/domains?max-results=0", "MaxResults must be between 1 and 100")]
    [InlineData("/domains?max-results=abc", "MaxResults must be an integer")]
    [InlineData("/domains?max-results=5%0A", "MaxResults must be an integer")]
    [InlineData("/domains?max-results=%205", "MaxResults must be an integer")]
    [InlineData("/domains/d/event-streams?max-results=101", "MaxResults must be between 1 and 100")]
    public async Task List_InvalidQuery_BadRequest(string path, string expected)
    {
        using var response = await fixture.Server.RawAsync(HttpMethod.Get, path, account: EmulatorServer.NewAccount());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await Body(response)).GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntagResource_NoTagKeys_BadRequest()
    {
        var arn = Uri.EscapeDataString("arn:aws:profile:us-east-1:000000000000:domains/x");

        using var response = await fixture.Server.RawAsync(HttpMethod.Delete, $"/tags/{arn}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tagKeys must name at least one tag key", (await Body(response)).GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEventStream_Success_EpochSecondTimestampsAndNoEmptyMembers()
    {
        var s = new Scenario(fixture.Server);
        await s.EventStreamAsync("retail", "orders", "exports");

        using var response = await fixture.Server.RawAsync(HttpMethod.Get, "/domains/retail/event-streams/orders", account: s.Account);
        var body = await Body(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Number, body.GetProperty("CreatedAt").ValueKind);
        Assert.False(body.TryGetProperty("Tags", out _), "an empty tag map is omitted (TagMap has min 1)");
        Assert.False(body.TryGetProperty("StoppedSince", out _));
        Assert.False(body.GetProperty("DestinationDetails").TryGetProperty("Message", out _));
        Assert.False(body.TryGetProperty("EventStreamName", out _), "GetEventStream has no EventStreamName member");
    }

    [Fact]
    public async Task Kinesis_UnknownTarget_AwsJsonError()
    {
        using var response = await fixture.Server.RawAsync(HttpMethod.Post, "/", "{}", target: "Kinesis_20131202.PutRecord");
        var body = await Body(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/x-amz-json-1.1", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("UnknownOperationException", body.GetProperty("__type").GetString());
        Assert.Contains("PutRecord", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Body(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
}
