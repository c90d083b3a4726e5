using System.Net;
using System.Text.Json;
using Amazon.CustomerProfiles;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Hosting;

/// <summary>The downloads of the list and of /health's problems, through the real app on the demo emulator.</summary>
public sealed class ExportEndpointsTests : IAsyncLifetime
{
    private static readonly InventoryKey UsEast = new("123456789012", "us-east-1");
    private ConsoleWebApplication _app = null!;
    private HttpClient _http = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(
        [
            new("Emulator:Throttling:OperationTps:ListEventStreams", "400"),
            new("CustomerProfiles:OperationTps:ListEventStreams", "300"),
            new("Sweep:Enabled", "false"),
        ], cancellationToken: Ct);
        await _app.StartAsync(Ct);
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    private Task SweepAsync() => _app.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct);

    [Fact]
    public async Task StreamsCsv_BeforeTheFirstRead_409ThenTheFilteredListInItsOrder()
    {
        using (var early = await _http.GetAsync("/export/streams.csv", Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("us-east-1 is still being read", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        await SweepAsync();
        using var response = await _http.GetAsync("/export/streams.csv?health=unhealthy&page=3&size=10", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment; filename=\"event-streams-us-east-1-", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("account,region,domain,event_stream,", lines[0], StringComparison.Ordinal);
        var unhealthy = _app.Services.GetRequiredService<InventoryStore>().Get(UsEast).Entries
            .Where(e => e.Status == EventStreamDestinationStatus.UNHEALTHY).OrderBy(e => e.UnhealthySince).ToList();
        // Every page of the filtered list, not the third page of ten.
        Assert.Equal(unhealthy.Count, lines.Count - 1);
        Assert.StartsWith($"123456789012,us-east-1,{unhealthy[0].DomainName},", lines[1], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Contains(",UNHEALTHY,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StreamsJson_SearchAndSort_RowsWithThePlaceAndTheFilters()
    {
        await SweepAsync();

        using var response = await _http.GetAsync("/export/streams.json?q=retail&sort=domain&desc=1", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = json.RootElement;
        Assert.Equal(("123456789012", "us-east-1", "retail", "domain", true), (root.GetProperty("account").GetString(), root.GetProperty("region").GetString(),
            root.GetProperty("filters").GetProperty("search").GetString(), root.GetProperty("filters").GetProperty("sort").GetString(),
            root.GetProperty("filters").GetProperty("descending").GetBoolean()));
        var domains = root.GetProperty("streams").EnumerateArray().Select(s => s.GetProperty("domain").GetString()!).ToList();
        Assert.NotEmpty(domains);
        Assert.Equal(root.GetProperty("count").GetInt32(), domains.Count);
        Assert.Equal(domains.OrderByDescending(d => d, StringComparer.OrdinalIgnoreCase), domains);
        Assert.All(root.GetProperty("streams").EnumerateArray(), s => Assert.Equal(JsonValueKind.Object, s.GetProperty("tags").ValueKind));
    }

    [Theory]
    [InlineData("?health=broken", "'health' must be one of all, unhealthy, healthy, nostream (it is 'broken').")]
    [InlineData("?region=mars-north-1", "for account 123456789012 (it is 'mars-north-1').")]
    [InlineData("?account=999999999999", "'account' must be one of 123456789012 (it is '999999999999').")]
    [InlineData("?desc=sideways&sort=cost", "'sort' must be one of")]
    public async Task StreamsCsv_ParametersThatMeanNothing_400NamingEach(string query, string expected)
    {
        using var response = await _http.GetAsync("/export/streams.csv" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("The export was refused: ", body, StringComparison.Ordinal);
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCsv_AcknowledgedOutage_ProblemsWithWhoAndWhy()
    {
        await SweepAsync();
        var broken = _app.Services.GetRequiredService<InventoryStore>().Get(UsEast).Entries.First(e => e.Status == EventStreamDestinationStatus.UNHEALTHY);
        _app.Services.GetRequiredService<HealthHistoryStore>().Acknowledge(new OutageAcknowledgement(UsEast, broken.DomainName, broken.Stream!.EventStreamName!,
            broken.Stream.EventStreamArn!, new DateTimeOffset(DateTime.SpecifyKind(broken.UnhealthySince!.Value, DateTimeKind.Utc)), "=cmd|' /C calc'!A0 ticket", "Kenji Sato", "oid",
            DateTimeOffset.UtcNow));

        using var response = await _http.GetAsync("/export/health.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // UTF-8 with a byte order mark, so a spreadsheet reads names in any script right (the reader drops the mark).
        Assert.Equal([0xEF, 0xBB, 0xBF], (await response.Content.ReadAsByteArrayAsync(Ct))[..3]);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("problem,account,region,domain,", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var row = text.Split('\n').Single(l => l.Contains(broken.DomainName + ",", StringComparison.Ordinal) && l.StartsWith("UNHEALTHY", StringComparison.Ordinal));
        // A note that looks like a formula is written so a spreadsheet shows it, never runs it.
        Assert.Contains(",Kenji Sato,", row, StringComparison.Ordinal);
        Assert.Contains("'=cmd|' /C calc'!A0 ticket", row, StringComparison.Ordinal);
        Assert.Contains(text.Split('\n'), l => l.StartsWith("STOPPED,", StringComparison.Ordinal));

        using var filtered = await _http.GetAsync("/export/health.json?inRegion=eu-west-2", Ct);
        using var json = JsonDocument.Parse(await filtered.Content.ReadAsStringAsync(Ct));
        Assert.All(json.RootElement.GetProperty("problems").EnumerateArray(), p => Assert.Equal("eu-west-2", p.GetProperty("region").GetString()));
    }

    [Fact]
    public async Task HealthCsv_UnknownRegion_400NamingIt()
    {
        using var response = await _http.GetAsync("/export/health.csv?inRegion=mars-north-1", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This console manages no region 'mars-north-1'", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }
}
