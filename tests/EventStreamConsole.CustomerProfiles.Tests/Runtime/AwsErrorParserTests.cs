using System.Net;
using System.Text;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Tests.Shared;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

/// <summary>Every modeled error in every wire variant restJson1 / awsJson1.1 servers use.</summary>
public sealed class AwsErrorParserTests
{
    public static TheoryData<string, int, Type> ModeledErrors => new()
    {
        { "BadRequestException", 400, typeof(BadRequestException) },
        { "AccessDeniedException", 403, typeof(AccessDeniedException) },
        { "ResourceNotFoundException", 404, typeof(ResourceNotFoundException) },
        { "ThrottlingException", 429, typeof(ThrottlingException) },
        { "InternalServerException", 500, typeof(InternalServerException) },
    };

    private static (string Name, string Header, string Body)[] WireVariants(string type) =>
    [
        ("header", type, $$$"""{"Message":"m"}"""),
        ("body __type", "", $$$"""{"__type":"{{{type}}}","Message":"m"}"""),
        ("namespaced __type", "", $$$"""{"__type":"com.amazonaws.customerprofiles#{{{type}}}","message":"m"}"""),
        ("header with url suffix", $"{type}:http://internal.amazon.com/coral/com.amazonaws.profile/", $$$"""{"Message":"m"}"""),
        ("body code", "", $$$"""{"code":"{{{type}}}","Message":"m"}"""),
        ("body Code", "", $$$"""{"Code":"{{{type}}}","message":"m"}"""),
    ];

    [Theory]
    [MemberData(nameof(ModeledErrors))]
    public async Task Invoke_ModeledErrorInEveryVariant_ThrowsTypedExceptionWithDetails(string type, int status, Type expected)
    {
        foreach (var variant in WireVariants(type))
        {
            var (name, header, body) = variant;
            var harness = new ClientHarness(o => o.MaxAttempts = 1);
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "rid-1");
            if (header.Length > 0)
            {
                response.Headers.TryAddWithoutValidation("X-Amzn-ErrorType", header);
            }

            harness.Handler.Then(response);

            var ex = await Assert.ThrowsAnyAsync<AmazonCustomerProfilesException>(() =>
                harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, TestContext.Current.CancellationToken));

            Assert.True(ex.GetType() == expected, $"{name}: expected {expected.Name}, got {ex.GetType().Name}");
            Assert.Equal(type, ex.ErrorCode);
            Assert.Equal("m", ex.Message);
            Assert.Equal((HttpStatusCode)status, ex.StatusCode);
            Assert.Equal("rid-1", ex.RequestId);
        }
    }

    [Fact]
    public void Parse_ErrorMessageHeader_OverridesBodyMessage()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest);
        response.Headers.TryAddWithoutValidation("x-amzn-error-message", "from header");

        var details = AwsErrorParser.Parse(HttpStatusCode.BadRequest, response.Headers, """{"__type":"BadRequestException","Message":"from body"}"""u8);

        Assert.Equal("from header", details.Message);
    }

    [Fact]
    public void Parse_HtmlBodyFromProxy_FallsBackToStatusCode()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        var details = AwsErrorParser.Parse(HttpStatusCode.BadGateway, response.Headers, "<html>Bad gateway</html>"u8);

        Assert.Equal("InternalServerException", details.ErrorCode);
        Assert.Equal("InternalServerException (HTTP 502)", details.Message);
    }

    [Fact]
    public async Task Invoke_UnmodeledErrorType_ThrowsBaseExceptionWithCode()
    {
        var harness = new ClientHarness();
        harness.Handler.Then(ScriptedHandler.Error(HttpStatusCode.Forbidden, "UnrecognizedClientException", "The security token included in the request is invalid."));

        var ex = await Assert.ThrowsAsync<AmazonCustomerProfilesException>(() =>
            harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "d" }, TestContext.Current.CancellationToken));

        Assert.Equal("UnrecognizedClientException", ex.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
    }

    [Theory]
    [InlineData("ResourceNotFoundException", typeof(Kinesis.Model.ResourceNotFoundException))]
    [InlineData("ResourceInUseException", typeof(Kinesis.Model.ResourceInUseException))]
    [InlineData("InvalidArgumentException", typeof(Kinesis.Model.InvalidArgumentException))]
    [InlineData("AccessDeniedException", typeof(Kinesis.Model.AccessDeniedException))]
    [InlineData("ExpiredNextTokenException", typeof(Kinesis.Model.ExpiredNextTokenException))]
    [InlineData("ValidationException", typeof(Kinesis.Model.ValidationException))]
    [InlineData("SomethingNewException", typeof(Kinesis.Model.AmazonKinesisException))]
    public async Task KinesisInvoke_ErrorBody_ThrowsKinesisType(string type, Type expected)
    {
        var harness = new ClientHarness();
        harness.Handler.Then(ScriptedHandler.Json(HttpStatusCode.BadRequest, $$$"""{"__type":"{{{type}}}","message":"nope"}"""));

        var ex = await Assert.ThrowsAnyAsync<Kinesis.Model.AmazonKinesisException>(() =>
            harness.Kinesis.DescribeStreamSummaryAsync(new() { StreamName = "s" }, TestContext.Current.CancellationToken));

        Assert.Equal(expected, ex.GetType());
        Assert.Equal("nope", ex.Message);
    }

    [Theory]
    [InlineData("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError")]
    [InlineData("FooError", "FooError")]
    [InlineData("  ", null)]
    public void Sanitize_Variants_KeepsBareShapeName(string raw, string? expected) =>
        Assert.Equal(expected, AwsErrorParser.Sanitize(raw));
}
