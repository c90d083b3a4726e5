using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EventStreamConsole.Inventory;

/// <summary>
/// The shared second level in Redis: each region's last complete read as JSON, and a lease (SET NX with an expiry) that
/// lets one instance at a time read the region from AWS. The connection is opened on first use and re-established by
/// StackExchange.Redis; when Redis cannot be reached, callers fall back to reading AWS themselves.
/// </summary>
public sealed class RedisInventoryCache(IOptions<CacheOptions> options, ILogger<RedisInventoryCache> logger) : ISharedInventoryCache, IAsyncDisposable
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(), new ConstantClassJsonConverter() } };
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public bool IsShared => true;

    public async Task<InventorySnapshot?> GetAsync(InventoryKey key, CancellationToken cancellationToken)
    {
        var value = await (await DatabaseAsync(cancellationToken)).StringGetAsync(Key("inventory", key));
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredSnapshot>((string)value!, s_json);
        return stored is null ? null
            : new InventorySnapshot(key, [.. stored.Entries.Select(e => new InventoryEntry(e.DomainName, e.DomainCreatedAt, e.DomainTags, e.Stream, e.Error, e.Message))],
                stored.RefreshedAt, false, stored.Entries.Count, stored.Entries.Count, null);
    }

    public async Task SetAsync(InventorySnapshot snapshot, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var stored = new StoredSnapshot(snapshot.RefreshedAt ?? DateTimeOffset.UtcNow,
            [.. snapshot.Entries.Select(e => new StoredEntry(e.DomainName, e.DomainCreatedAt, new Dictionary<string, string>(e.DomainTags), e.Stream, e.Error, e.Message))]);
        await (await DatabaseAsync(cancellationToken)).StringSetAsync(Key("inventory", snapshot.Key), JsonSerializer.Serialize(stored, s_json), timeToLive);
    }

    public async Task<bool> TryLeaseAsync(InventoryKey key, TimeSpan timeToLive, CancellationToken cancellationToken) =>
        await (await DatabaseAsync(cancellationToken)).StringSetAsync(Key("lease", key), _instance, timeToLive, When.NotExists);

    public async Task ReleaseAsync(InventoryKey key, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync(cancellationToken);
        // Only our own lease: it may have expired and been taken by another instance meanwhile.
        await database.ScriptEvaluateAsync("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            [Key("lease", key)], [_instance]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _connecting.Dispose();
    }

    private async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } connected)
        {
            return connected.GetDatabase();
        }

        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_connection is null)
            {
                var configuration = ConfigurationOptions.Parse(options.Value.Redis);
                configuration.AbortOnConnectFail = false;
                _connection = await ConnectionMultiplexer.ConnectAsync(configuration);
                logger.LogInformation("Inventory cache: sharing through Redis at {Endpoints}", string.Join(", ", configuration.EndPoints));
            }

            return _connection.GetDatabase();
        }
        finally
        {
            _connecting.Release();
        }
    }

    private RedisKey Key(string kind, InventoryKey key) => $"{options.Value.KeyPrefix}{kind}:{key.Account}:{key.Region}";

    private sealed record StoredSnapshot(DateTimeOffset RefreshedAt, List<StoredEntry> Entries);

    private sealed record StoredEntry(string DomainName, DateTime DomainCreatedAt, Dictionary<string, string> DomainTags, EventStreamSummary? Stream,
        string? Error, string? Message);
}
