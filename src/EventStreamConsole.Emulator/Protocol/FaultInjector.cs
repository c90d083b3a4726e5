using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator.Protocol;

/// <summary>Faults per operation: configured at start (Emulator:Faults) and changed at run time by the admin API.</summary>
public sealed class FaultInjector
{
    private readonly ConcurrentDictionary<string, FaultRule> _rules = new(StringComparer.Ordinal);
    private readonly Func<double> _random;

    public FaultInjector(IOptions<EmulatorOptions> options, Func<double>? random = null)
    {
        _random = random ?? Random.Shared.NextDouble;
        foreach (var (operation, rule) in options.Value.Faults)
        {
            _rules[operation] = rule.Copy();
        }
    }

    public IReadOnlyDictionary<string, FaultRule> Rules => _rules;

    public void Set(string operation, FaultRule rule) => _rules[operation] = rule;

    public void Clear() => _rules.Clear();

    public bool Remove(string operation) => _rules.TryRemove(operation, out _);

    /// <summary>
    /// What to do with this call of <paramref name="operation"/> in <paramref name="region"/>: its latency, and whether it
    /// fails. A rule named "Operation@region" applies to that region only and wins over one named "Operation".
    /// </summary>
    public FaultDecision Decide(string operation, string? region = null)
    {
        if ((region is null || !_rules.TryGetValue($"{operation}@{region}", out var rule)) && !_rules.TryGetValue(operation, out rule))
        {
            return FaultDecision.None;
        }

        var fail = false;
        lock (rule)
        {
            rule.Seen++;
            if (rule.FailNext > 0)
            {
                rule.FailNext--;
                fail = true;
            }
            else if (rule.FailEvery > 0 && rule.Seen % rule.FailEvery == 0)
            {
                fail = true;
            }
        }

        fail = fail || (rule.ErrorRate > 0 && _random() < rule.ErrorRate);
        return new FaultDecision(TimeSpan.FromMilliseconds(rule.LatencyMs), fail ? rule : null);
    }
}

public sealed record FaultDecision(TimeSpan Latency, FaultRule? Failure)
{
    public static readonly FaultDecision None = new(TimeSpan.Zero, null);
}
