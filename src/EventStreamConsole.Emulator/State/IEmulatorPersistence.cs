namespace EventStreamConsole.Emulator.State;

/// <summary>Durable storage behind <see cref="EmulatorStore"/>; each call is one atomic transaction.</summary>
public interface IEmulatorPersistence : IDisposable
{
    PersistedState Load();

    void Apply(IReadOnlyList<StateChange> changes);

    void Clear();
}

public sealed record PersistedState(
    IReadOnlyList<DomainRecord> Domains,
    IReadOnlyList<EventStreamRecord> EventStreams,
    IReadOnlyList<KinesisStreamRecord> KinesisStreams,
    IReadOnlyDictionary<Scope, int> DomainQuotas);

/// <summary>A write to persist: an upsert of a record (Removed false) or its removal.</summary>
public abstract record StateChange(bool Removed)
{
    public sealed record Domain(DomainRecord Record, bool Removed = false) : StateChange(Removed);

    public sealed record EventStream(EventStreamRecord Record, bool Removed = false) : StateChange(Removed);

    public sealed record KinesisStream(KinesisStreamRecord Record, bool Removed = false) : StateChange(Removed);

    public sealed record DomainQuota(Scope Scope, int Value) : StateChange(false);
}

/// <summary>No persistence: the state lives as long as the process.</summary>
public sealed class InMemoryPersistence : IEmulatorPersistence
{
    public PersistedState Load() => new([], [], [], new Dictionary<Scope, int>());

    public void Apply(IReadOnlyList<StateChange> changes)
    {
    }

    public void Clear()
    {
    }

    public void Dispose()
    {
    }
}
