namespace EventStreamConsole.Emulator.State;

/// <summary>
/// The emulator's state: held in memory for fast reads, written through to <see cref="IEmulatorPersistence"/>
/// before memory changes, so what a client was told succeeded is on disk.
/// </summary>
public sealed class EmulatorStore : IDisposable
{
    private readonly IEmulatorPersistence _persistence;
    private readonly Lock _gate = new();
    private readonly Dictionary<Scope, World> _worlds = [];

    // What reads and refused writes of a scope without state see: a world is made only when a change is applied.
    private static readonly World s_nothing = new();

    public EmulatorStore(IEmulatorPersistence persistence)
    {
        _persistence = persistence;
        Load(persistence.Load());
    }

    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _worlds.Values.All(w => w.Domains.Count == 0 && w.Kinesis.Count == 0);
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> under the store's lock; it reads the world and returns the changes to persist.</summary>
    public T Write<T>(Scope scope, Func<WorldView, (T Result, IReadOnlyList<StateChange> Changes)> action)
    {
        lock (_gate)
        {
            var world = _worlds.GetValueOrDefault(scope) ?? s_nothing;
            var (result, changes) = action(new WorldView(world));
            if (changes.Count > 0)
            {
                _persistence.Apply(changes);
                foreach (var change in changes)
                {
                    Apply(change);
                }
            }

            return result;
        }
    }

    public T Read<T>(Scope scope, Func<WorldView, T> query)
    {
        lock (_gate)
        {
            return query(new WorldView(_worlds.GetValueOrDefault(scope) ?? s_nothing));
        }
    }

    /// <summary>Whether <paramref name="scope"/> has (or had since the last reset) state of its own.</summary>
    public bool Holds(Scope scope)
    {
        lock (_gate)
        {
            return _worlds.ContainsKey(scope);
        }
    }

    public IReadOnlyList<Scope> Scopes()
    {
        lock (_gate)
        {
            return [.. _worlds.Keys];
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _persistence.Clear();
            _worlds.Clear();
        }
    }

    public void Dispose() => _persistence.Dispose();

    private void Load(PersistedState state)
    {
        foreach (var d in state.Domains)
        {
            GetOrCreate(d.Scope).Domains[d.Name] = d;
        }

        foreach (var s in state.EventStreams)
        {
            GetOrCreate(s.Scope).StreamsOf(s.DomainName)[s.Name] = s;
        }

        foreach (var k in state.KinesisStreams)
        {
            GetOrCreate(k.Scope).Kinesis[k.Name] = k;
        }

        foreach (var (scope, value) in state.DomainQuotas)
        {
            GetOrCreate(scope).DomainQuota = value;
        }
    }

    private void Apply(StateChange change)
    {
        switch (change)
        {
            case StateChange.Domain { Removed: true, Record: var d }:
                GetOrCreate(d.Scope).Domains.Remove(d.Name);
                GetOrCreate(d.Scope).Streams.Remove(d.Name);
                break;
            case StateChange.Domain { Record: var d }:
                GetOrCreate(d.Scope).Domains[d.Name] = d;
                break;
            case StateChange.EventStream { Removed: true, Record: var s }:
                GetOrCreate(s.Scope).StreamsOf(s.DomainName).Remove(s.Name);
                break;
            case StateChange.EventStream { Record: var s }:
                GetOrCreate(s.Scope).StreamsOf(s.DomainName)[s.Name] = s;
                break;
            case StateChange.KinesisStream { Removed: true, Record: var k }:
                GetOrCreate(k.Scope).Kinesis.Remove(k.Name);
                break;
            case StateChange.KinesisStream { Record: var k }:
                GetOrCreate(k.Scope).Kinesis[k.Name] = k;
                break;
            case StateChange.DomainQuota q:
                GetOrCreate(q.Scope).DomainQuota = q.Value;
                break;
        }
    }

    private World GetOrCreate(Scope scope)
    {
        if (!_worlds.TryGetValue(scope, out var world))
        {
            world = new World();
            _worlds[scope] = world;
        }

        return world;
    }

    internal sealed class World
    {
        public SortedDictionary<string, DomainRecord> Domains { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, SortedDictionary<string, EventStreamRecord>> Streams { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, KinesisStreamRecord> Kinesis { get; } = new(StringComparer.Ordinal);

        public int? DomainQuota { get; set; }

        public SortedDictionary<string, EventStreamRecord> StreamsOf(string domain)
        {
            if (!Streams.TryGetValue(domain, out var streams))
            {
                streams = new SortedDictionary<string, EventStreamRecord>(StringComparer.Ordinal);
                Streams[domain] = streams;
            }

            return streams;
        }
    }
}

/// <summary>A read-only look at one (account, region) while the store's lock is held.</summary>
public readonly struct WorldView
{
    private readonly EmulatorStore.World _world;

    internal WorldView(EmulatorStore.World world) => _world = world;

    public IReadOnlyCollection<DomainRecord> Domains => _world.Domains.Values;

    public int? DomainQuota => _world.DomainQuota;

    public IReadOnlyCollection<KinesisStreamRecord> KinesisStreams => _world.Kinesis.Values;

    public DomainRecord? Domain(string name) => _world.Domains.GetValueOrDefault(name);

    public IReadOnlyCollection<EventStreamRecord> EventStreams(string domain) =>
        _world.Streams.TryGetValue(domain, out var streams) ? streams.Values : [];

    public IEnumerable<EventStreamRecord> AllEventStreams => _world.Streams.Values.SelectMany(s => s.Values);

    public EventStreamRecord? EventStream(string domain, string name) =>
        _world.Streams.TryGetValue(domain, out var streams) ? streams.GetValueOrDefault(name) : null;

    public KinesisStreamRecord? KinesisStream(string name) => _world.Kinesis.GetValueOrDefault(name);
}
