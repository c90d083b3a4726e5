using System.Net;
using System.Text;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis;
using EventStreamConsole.CustomerProfiles.Tests.Shared;
using KinesisModel = Amazon.Kinesis.Model;

namespace EventStreamConsole.CustomerProfiles.Tests;

/// <summary>Every modeled error, in the wire variants restJson1 / awsJson1.1 servers use, read by the core's error unmarshaller.</summary>
public sealed class ErrorUnmarshallingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
        ("header", type, """{"Message":"m"}"""),
        ("body __type", "", $$$"""{"__type":"{{{type}}}","Message":"m"}"""),
        ("namespaced __type", "", $$$"""{"__type":"com.amazonaws.customerprofiles#{{{type}}}","message":"m"}"""),
        ("header with url suffix", $"{type}:http://internal.amazon.com/coral/com.amazonaws.profile/", """{"Message":"m"}"""),
        ("body code", "", $$$"""{"code":"{{{type}}}","Message":"m"}"""),
        ("body Code", "", $$$"""{"Code":"{{{type}}}","message":"m"}"""),
    ];

    [Theory]
    [MemberData(nameof(ModeledErrors))]
    public async Task AnyOperation_ModeledErrorInEveryVariant_ThrowsTypedExceptionWithDetails(string type, int status, Type expected)
    {
        foreach (var (name, header, body) in WireVariants(type))
        {
            var harness = new ClientHarness(o => o.MaxAttempts = 1);
            harness.Handler.Then(Answer((HttpStatusCode)status, header, body));

            var ex = await Assert.ThrowsAnyAsync<AmazonCustomerProfilesException>(() =>
                harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct));

            Assert.True(expected == ex.GetType(), $"{name}: {ex.GetType().Name}");
            Assert.Equal(type, ex.ErrorCode);
            Assert.Equal("m", ex.Message);
            Assert.Equal("rid-1", ex.RequestId);
            Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        }
    }

    [Fact]
    public async Task AnyOperation_ErrorMessageHeader_WinsOverBody()
    {
        var harness = new ClientHarness(o => o.MaxAttempts = 1);
        var response = Answer(HttpStatusCode.BadRequest, "BadRequestException", """{"Message":"body"}""");
        response.Headers.TryAddWithoutValidation("x-amzn-error-message", "header");
        harness.Handler.Then(response);

        var ex = await Assert.ThrowsAsync<BadRequestException>(() => harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct));

        Assert.Equal("header", ex.Message);
    }

    [Fact]
    public async Task AnyOperation_UnmodeledErrorType_ThrowsServiceBaseType()
    {
        var harness = new ClientHarness(o => o.MaxAttempts = 1);
        harness.Handler.Then(Answer(HttpStatusCode.Conflict, "ConflictException", """{"Message":"busy"}"""));

        var ex = await Assert.ThrowsAsync<AmazonCustomerProfilesException>(() => harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct));

        Assert.Equal("ConflictException", ex.ErrorCode);
        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
    }

    [Fact]
    public async Task AnyOperation_HtmlErrorPage_ThrowsBaseTypeWithStatus()
    {
        var harness = new ClientHarness(o => o.MaxAttempts = 1);
        harness.Handler.Then(new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("<html>denied</html>", Encoding.UTF8, "text/html") });

        var ex = await Assert.ThrowsAnyAsync<AmazonCustomerProfilesException>(() => harness.CustomerProfiles.GetDomainAsync(new GetDomainRequest { DomainName = "retail" }, Ct));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
    }

    [Theory]
    [InlineData("ResourceNotFoundException", typeof(KinesisModel.ResourceNotFoundException))]
    [InlineData("ResourceInUseException", typeof(KinesisModel.ResourceInUseException))]
    [InlineData("LimitExceededException", typeof(KinesisModel.LimitExceededException))]
    [InlineData("InvalidArgumentException", typeof(KinesisModel.InvalidArgumentException))]
    [InlineData("AccessDeniedException", typeof(KinesisModel.AccessDeniedException))]
    [InlineData("ExpiredNextTokenException", typeof(KinesisModel.ExpiredNextTokenException))]
    public async Task KinesisOperation_ModeledError_ThrowsKinesisType(string type, Type expected)
    {
        var harness = new ClientHarness(o => o.MaxAttempts = 1);
        harness.Handler.Then(Answer(HttpStatusCode.BadRequest, "", $$$"""{"__type":"{{{type}}}","message":"m"}"""));

        var ex = await Assert.ThrowsAnyAsync<AmazonKinesisException>(() => harness.Kinesis.ListStreamsAsync(new KinesisModel.ListStreamsRequest(), Ct));

        Assert.Equal(expected, ex.GetType());
        Assert.Equal("m", ex.Message);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string errorType, string body)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "rid-1");
        if (errorType.Length > 0)
        {
            response.Headers.TryAddWithoutValidation("X-Amzn-ErrorType", errorType);
        }

        return response;
    }
}
