using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

public sealed class HealthFiltersTests
{
    private static readonly ConsoleAccount[] s_accounts =
    [
        new("Retail", "111111111111", "prod", ["us-east-1", "eu-west-1"], new AwsClientOptions()),
        new("Lab", "222222222222", "dev", ["us-east-1"], new AwsClientOptions()),
    ];

    private static readonly HealthRow s_row = new(new InventoryKey("111111111111", "eu-west-1"), "retail", "retail-export", "retail-events",
        "arn:aws:kinesis:eu-west-1:111111111111:stream/retail-events", null, null, null, null, "Access denied",
        "arn:aws:profile:eu-west-1:111111111111:domains/retail/event-streams/retail-export");

    [Fact]
    public void Resolve_KnownValues_KeptWithoutNote()
    {
        var (filters, note) = HealthFilters.Resolve(" retail ", "eu-west-1", "222222222222", s_accounts);

        Assert.Equal(new HealthFilters(" retail ", "eu-west-1", "222222222222"), filters);
        Assert.Null(note);
    }

    [Fact]
    public void Resolve_UnknownRegionAndAccount_DroppedAndBothNamed()
    {
        var (filters, note) = HealthFilters.Resolve(null, "mars-1", "999", s_accounts);

        Assert.Equal(new HealthFilters(), filters);
        Assert.Equal("This console manages no region 'mars-1'; showing every region. This console manages no account '999'; showing every account.", note);
    }

    [Theory]
    [InlineData("RETAIL-EXPORT")]
    [InlineData("arn:aws:kinesis:eu-west-1:111111111111:stream/retail-events")]
    [InlineData("arn:aws:profile:eu-west-1:111111111111:domains/retail/event-streams/retail-export")]
    [InlineData("access denied  ")]
    [InlineData("   ")]
    public void Matches_NameArnOrMessage_Found(string search) =>
        Assert.True(new HealthFilters(search).Matches(s_row));

    [Theory]
    [InlineData("orders", "", "")]
    [InlineData("", "us-east-1", "")]
    [InlineData("", "", "222222222222")]
    public void Matches_OtherSearchRegionOrAccount_NotFound(string search, string region, string account) =>
        Assert.False(new HealthFilters(search, region, account).Matches(s_row));

    [Fact]
    public void ToParameters_EmptyFilters_RemoveTheirParameters()
    {
        var parameters = new HealthFilters("  ", "eu-west-1").ToParameters();

        Assert.Null(parameters[HealthFilters.SearchKey]);
        Assert.Equal("eu-west-1", parameters[HealthFilters.RegionKey]);
        Assert.Null(parameters[HealthFilters.AccountKey]);
    }
}
