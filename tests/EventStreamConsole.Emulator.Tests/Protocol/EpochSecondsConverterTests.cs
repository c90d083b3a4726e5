using System.Text.Json;
using EventStreamConsole.Emulator.Wire;

namespace EventStreamConsole.Emulator.Tests.Protocol;

public sealed class EpochSecondsConverterTests
{
    [Fact]
    public void Write_Timestamp_EmitsEpochSecondsWithMilliseconds()
    {
        var response = new ListDomainItem { DomainName = "d", CreatedAt = new DateTime(2023, 6, 7, 0, 0, 0, 123, DateTimeKind.Utc), LastUpdatedAt = DateTime.UnixEpoch };

        var json = JsonSerializer.Serialize(new ListDomainsResponse { Items = [response] }, WireJsonContext.Default.ListDomainsResponse);

        Assert.Equal("""{"Items":[{"DomainName":"d","CreatedAt":1686096000.123,"LastUpdatedAt":0}]}""", json);
    }

    [Theory]
    [InlineData("1686096000", 0)]
    [InlineData("1686096000.5", 500)]
    [InlineData("\"2023-06-07T00:00:00.250Z\"", 250)]
    [InlineData("\"1686096000\"", 0)]
    public void Read_NumberOrIsoString_ReadsUtc(string raw, int millis)
    {
        var item = JsonSerializer.Deserialize($$"""{"DomainName":"d","CreatedAt":{{raw}},"LastUpdatedAt":0}""", WireJsonContext.Default.ListDomainItem)!;

        Assert.Equal(new DateTime(2023, 6, 7, 0, 0, 0, millis, DateTimeKind.Utc), item.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, item.CreatedAt.Kind);
    }

    [Fact]
    public void Write_EnumValues_UseWireNames()
    {
        var json = JsonSerializer.Serialize(new GetEventStreamResponse { State = EventStreamState.Stopped, DestinationDetails = new() { Status = EventStreamDestinationStatus.Unhealthy } },
            WireJsonContext.Default.GetEventStreamResponse);

        Assert.Contains("\"State\":\"STOPPED\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"UNHEALTHY\"", json, StringComparison.Ordinal);
    }
}
