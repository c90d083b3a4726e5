namespace EventStreamConsole.Inventory;

/// <summary>
/// The second level of the inventory cache, shared by every instance of the console: complete region reads, and a lease
/// so that one instance at a time reads a region from AWS (the TPS quota is per account, not per instance).
/// </summary>
public interface ISharedInventoryCache
{
    /// <summary>False for a single instance: every read goes to AWS and nothing is shared.</summary>
    bool IsShared { get; }

    /// <summary>The last complete read of <paramref name="key"/> any instance stored; null when none.</summary>
    Task<InventorySnapshot?> GetAsync(InventoryKey key, CancellationToken cancellationToken);

    Task SetAsync(InventorySnapshot snapshot, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Takes the right to read <paramref name="key"/> from AWS for <paramref name="timeToLive"/>; false when another instance holds it.</summary>
    Task<bool> TryLeaseAsync(InventoryKey key, TimeSpan timeToLive, CancellationToken cancellationToken);

    Task ReleaseAsync(InventoryKey key, CancellationToken cancellationToken);
}

/// <summary>One instance: no second level.</summary>
public sealed class LocalInventoryCache : ISharedInventoryCache
{
    public bool IsShared => false;

    public Task<InventorySnapshot?> GetAsync(InventoryKey key, CancellationToken cancellationToken) => Task.FromResult<InventorySnapshot?>(null);

    public Task SetAsync(InventorySnapshot snapshot, TimeSpan timeToLive, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> TryLeaseAsync(InventoryKey key, TimeSpan timeToLive, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task ReleaseAsync(InventoryKey key, CancellationToken cancellationToken) => Task.CompletedTask;
}
