using EventStreamConsole.Configuration;

namespace EventStreamConsole.Tests.Configuration;

public sealed class MonitoringOptionsValidatorsTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-1.00:00:00")]
    public void History_RetentionUnderADay_NamesTheKey(string retention) =>
        Assert.StartsWith("History:Retention must be between", Assert.Single(new HistoryOptionsValidator()
            .Validate(null, new HistoryOptions { Retention = TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture) }).Failures!), StringComparison.Ordinal);

    [Theory]
    [InlineData("", true)]
    [InlineData("redis.internal:6379,ssl=true,password=p", true)]
    [InlineData("ssl=true", false)]
    [InlineData("redis:6379,bogus=1", false)]
    public void Cache_RedisConnectionString_CheckedAtStart(string redis, bool valid)
    {
        var result = new CacheOptionsValidator().Validate(null, new CacheOptions { Redis = redis });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.StartsWith("Cache:Redis ", Assert.Single(result.Failures!), StringComparison.Ordinal);
        }
    }
}
