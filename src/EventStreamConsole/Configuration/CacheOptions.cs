namespace EventStreamConsole.Configuration;

/// <summary>The optional second level of the inventory cache, shared by several instances (configuration section <c>Cache</c>).</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>A StackExchange.Redis connection string (e.g. "redis:6379,ssl=true,password=…"); empty: each instance keeps its own.</summary>
    public string Redis { get; set; } = "";

    /// <summary>Prefix of every key, so several consoles can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "event-stream-console:";
}
