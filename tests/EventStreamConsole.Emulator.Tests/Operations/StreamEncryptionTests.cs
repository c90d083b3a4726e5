using System.Net;
using Amazon.Kinesis;
using Amazon.Kinesis.Model;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Operations;

/// <summary>StartStreamEncryption / StopStreamEncryption as AWS models them (raw awsJson1.1: the console's client does not call them).</summary>
public sealed class StreamEncryptionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartStreamEncryption_KmsAlias_DescribeSaysKmsWithTheKey()
    {
        var s = new Scenario(fixture.Server);
        await s.KinesisStreamAsync("exports");

        using var response = await CallAsync(s, "StartStreamEncryption", """{"StreamName":"exports","EncryptionType":"KMS","KeyId":"alias/orders"}""");
        var described = await s.Kinesis.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamName = "exports" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("KMS", described.StreamDescriptionSummary!.EncryptionType?.Value);
        Assert.Equal("alias/orders", described.StreamDescriptionSummary.KeyId);
        Assert.Equal(StreamStatus.ACTIVE, described.StreamDescriptionSummary.StreamStatus);
    }

    [Fact]
    public async Task StopStreamEncryption_EncryptedStream_DescribeSaysNone()
    {
        var s = new Scenario(fixture.Server);
        await s.KinesisStreamAsync("exports");
        using var started = await CallAsync(s, "StartStreamEncryption", $$"""{"StreamARN":"{{s.KinesisArn("exports")}}","EncryptionType":"KMS","KeyId":"arn:aws:kms:us-east-1:{{s.Account}}:key/1234abcd-12ab-34cd-56ef-1234567890ab"}""");

        using var stopped = await CallAsync(s, "StopStreamEncryption", """{"StreamName":"exports","EncryptionType":"KMS","KeyId":"alias/orders"}""");
        var described = await s.Kinesis.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamName = "exports" }, Ct);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Equal("NONE", described.StreamDescriptionSummary!.EncryptionType?.Value);
        Assert.Null(described.StreamDescriptionSummary.KeyId);
    }

    [Theory]
    [InlineData("""{"StreamName":"exports","KeyId":"alias/orders"}""", "InvalidArgumentException", "EncryptionType is required")]
    [InlineData("""{"StreamName":"exports","EncryptionType":"NONE","KeyId":"alias/orders"}""", "InvalidArgumentException", "the only valid value is KMS")]
    [InlineData("""{"StreamName":"exports","EncryptionType":"KMS"}""", "InvalidArgumentException", "KeyId is required")]
    [InlineData("""{"StreamName":"exports","EncryptionType":"KMS","KeyId":""}""", "InvalidArgumentException", "1 to 2048 characters")]
    [InlineData("""{"StreamName":"exports","EncryptionType":"KMS","KeyId":"not a key"}""", "KMSNotFoundException", "Invalid keyId")]
    [InlineData("""{"StreamName":"nope","EncryptionType":"KMS","KeyId":"alias/orders"}""", "ResourceNotFoundException", "nope")]
    public async Task StartStreamEncryption_InvalidInput_RefusedAsTheModelSays(string body, string error, string message)
    {
        var s = new Scenario(fixture.Server);
        await s.KinesisStreamAsync("exports");

        using var response = await CallAsync(s, "StartStreamEncryption", body);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, text, StringComparison.Ordinal);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopStreamEncryption_MissingKeyId_InvalidArgument()
    {
        var s = new Scenario(fixture.Server);
        await s.KinesisStreamAsync("exports");

        using var response = await CallAsync(s, "StopStreamEncryption", """{"StreamName":"exports","EncryptionType":"KMS"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("KeyId is required", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartStreamEncryption_StreamUpdating_ResourceInUse()
    {
        var s = new Scenario(fixture.Server);
        await s.KinesisStreamAsync("exports");
        await DestinationConditionsTests.SetConditionAsync(fixture.Server, s, "exports", status: "UPDATING");

        using var response = await CallAsync(s, "StartStreamEncryption", """{"StreamName":"exports","EncryptionType":"KMS","KeyId":"alias/orders"}""");
        var described = await s.Kinesis.DescribeStreamSummaryAsync(new DescribeStreamSummaryRequest { StreamName = "exports" }, Ct);

        Assert.Contains("ResourceInUseException", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(StreamStatus.UPDATING, described.StreamDescriptionSummary!.StreamStatus);
        Assert.Equal("NONE", described.StreamDescriptionSummary.EncryptionType?.Value);
    }

    private Task<HttpResponseMessage> CallAsync(Scenario s, string operation, string json) =>
        fixture.Server.RawAsync(HttpMethod.Post, "/", json, s.Account, target: "Kinesis_20131202." + operation);
}
