using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

public sealed class ListUrlStateTests
{
    [Fact]
    public void RoundTrip_EveryPart_Reproduced()
    {
        var query = new InventoryQuery("orders", HealthFilter.Unhealthy, StateFilter.Running, SortColumn.Destination, true, 2, 50, "team=retail");

        var url = ListUrlState.ToQueryString("eu-west-2", "us-east-1", query);
        var parsed = ListUrlState.Parse(ListUrlState.FromUri("https://console/" + url));

        Assert.Equal("?region=eu-west-2&q=orders&tag=team%3Dretail&health=unhealthy&state=running&sort=destination&desc=1&page=3&size=50", url);
        Assert.Equal(query, parsed);
    }

    [Fact]
    public void ToQueryString_Defaults_Empty() =>
        Assert.Equal("", ListUrlState.ToQueryString("us-east-1", "us-east-1", new InventoryQuery()));

    [Fact]
    public void Parse_Garbage_FallsBackToDefaults()
    {
        var parsed = ListUrlState.Parse(ListUrlState.FromUri("https://console/?health=sick&sort=nope&page=-4&size=7&desc=maybe"));

        Assert.Equal(new InventoryQuery(), parsed);
    }

    [Theory]
    [InlineData("unhealthy,healthy")]
    [InlineData("3")]
    [InlineData(" unhealthy , x")]
    public void Errors_CombinedOrNumericEnumValue_RefusedNotOred(string health)
    {
        var query = new Dictionary<string, string?> { ["health"] = health };

        Assert.Contains(ListUrlState.Errors(query), e => e.StartsWith("'health' must be one of", StringComparison.Ordinal));
        Assert.Equal(EventStreamConsole.Inventory.HealthFilter.All, ListUrlState.Parse(query).Health);
    }
}
