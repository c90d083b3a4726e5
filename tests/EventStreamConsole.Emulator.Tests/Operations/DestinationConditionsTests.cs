using System.Net;
using System.Net.Http.Json;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Emulator.Admin;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Operations;

/// <summary>Each destination condition turns the event stream UNHEALTHY with a message of its own, and healthy again once gone.</summary>
public sealed class DestinationConditionsTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _server = await EmulatorServer.StartAsync(("Emulator:HealthCheckInterval", "01:00:00"), ("Emulator:UpdatingUnhealthyAfter", "00:00:00"));

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    internal static async Task SetConditionAsync(EmulatorServer server, Scenario s, string kinesis, string? status = null, bool? kmsKeyUsable = null, string? writeFailure = null)
    {
        using var response = await server.Admin.PutAsJsonAsync("/_emulator/kinesis-streams/condition",
            new KinesisStreamCondition(s.KinesisArn(kinesis), status, kmsKeyUsable, writeFailure), Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task HealthCheck_StreamUpdating_UnhealthyWithResourceInUseMessage()
    {
        var s = await StreamAsync();
        await SetConditionAsync(_server, s, "exports", status: "UPDATING");

        var message = await UnhealthyMessageAsync(s);

        Assert.StartsWith("ResourceInUseException:", message, StringComparison.Ordinal);
        Assert.Contains("UPDATING", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_KmsKeyNotUsable_UnhealthyWithKmsAccessDeniedNamingTheKey()
    {
        var s = await StreamAsync();
        using var started = await _server.RawAsync(HttpMethod.Post, "/", """{"StreamName":"exports","EncryptionType":"KMS","KeyId":"alias/orders"}""", s.Account,
            target: "Kinesis_20131202.StartStreamEncryption");
        await SetConditionAsync(_server, s, "exports", kmsKeyUsable: false);

        var message = await UnhealthyMessageAsync(s);

        Assert.StartsWith("KMSAccessDeniedException: Customer Profiles is not allowed to use KMS key alias/orders", message, StringComparison.Ordinal);
        Assert.Contains(s.KinesisArn("exports"), message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_Throttled_UnhealthyWithRateExceeded()
    {
        var s = await StreamAsync();
        await SetConditionAsync(_server, s, "exports", writeFailure: "THROTTLED");

        var message = await UnhealthyMessageAsync(s);

        Assert.StartsWith("ProvisionedThroughputExceededException: Rate exceeded for shard", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_AccessDeniedThenCleared_UnhealthyThenHealthy()
    {
        var s = await StreamAsync();
        await SetConditionAsync(_server, s, "exports", writeFailure: "ACCESS_DENIED");
        var message = await UnhealthyMessageAsync(s);

        await SetConditionAsync(_server, s, "exports", writeFailure: "NONE");
        await CheckAsync();
        var healthy = await GetAsync(s);

        Assert.StartsWith("AccessDeniedException:", message, StringComparison.Ordinal);
        Assert.Contains("not authorized to perform kinesis:PutRecords", message, StringComparison.Ordinal);
        Assert.Equal(EventStreamDestinationStatus.HEALTHY, healthy.DestinationDetails!.Status);
        Assert.Null(healthy.DestinationDetails.Message);
    }

    [Fact]
    public async Task HealthCheck_ConditionChangesWhileUnhealthy_MessageChangesSinceKept()
    {
        var s = await StreamAsync();
        await SetConditionAsync(_server, s, "exports", writeFailure: "THROTTLED");
        await UnhealthyMessageAsync(s);
        var first = await GetAsync(s);

        await SetConditionAsync(_server, s, "exports", writeFailure: "ACCESS_DENIED");
        var message = await UnhealthyMessageAsync(s);
        var second = await GetAsync(s);

        Assert.StartsWith("AccessDeniedException:", message, StringComparison.Ordinal);
        Assert.Equal(first.DestinationDetails!.UnhealthySince, second.DestinationDetails!.UnhealthySince);
    }

    [Fact]
    public async Task SetCondition_KmsKeyNotUsableOnUnencryptedStream_Conflict()
    {
        var s = await StreamAsync();

        using var response = await _server.Admin.PutAsJsonAsync("/_emulator/kinesis-streams/condition",
            new KinesisStreamCondition(s.KinesisArn("exports"), KmsKeyUsable: false), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task SetCondition_UnknownWriteFailure_BadRequest()
    {
        var s = await StreamAsync();

        using var response = await _server.Admin.PutAsJsonAsync("/_emulator/kinesis-streams/condition",
            new KinesisStreamCondition(s.KinesisArn("exports"), WriteFailure: "SLOW"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<Scenario> StreamAsync()
    {
        var s = new Scenario(_server);
        await s.EventStreamAsync("retail", "orders", "exports");
        return s;
    }

    private async Task CheckAsync()
    {
        using var response = await _server.Admin.PostAsync("/_emulator/health-check", null, Ct);
        response.EnsureSuccessStatusCode();
    }

    private async Task<string> UnhealthyMessageAsync(Scenario s)
    {
        await CheckAsync();
        var response = await GetAsync(s);
        Assert.Equal(EventStreamDestinationStatus.UNHEALTHY, response.DestinationDetails!.Status);
        return response.DestinationDetails.Message!;
    }

    private static Task<GetEventStreamResponse> GetAsync(Scenario s) =>
        s.Profiles.GetEventStreamAsync(new GetEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);
}
