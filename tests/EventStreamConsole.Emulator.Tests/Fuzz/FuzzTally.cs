using System.Collections.Concurrent;
using System.Text;

namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>What the fuzz run sent and got back, by category and by answer, and every answer that broke a rule.</summary>
public sealed class FuzzTally
{
    private readonly ConcurrentDictionary<string, int> _byCategory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _byAnswer = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, long> _ticksByCategory = new(StringComparer.Ordinal);
    private int _sent;
    private int _serverErrors;
    private int _unanswered;

    public int Sent => _sent;

    public int ServerErrors => _serverErrors;

    public IReadOnlyCollection<string> Failures => _failures;

    public void Record(string category, string answer, bool serverError = false, bool unanswered = false)
    {
        Interlocked.Increment(ref _sent);
        _byCategory.AddOrUpdate(category, 1, (_, n) => n + 1);
        _byAnswer.AddOrUpdate(answer, 1, (_, n) => n + 1);
        if (serverError)
        {
            Interlocked.Increment(ref _serverErrors);
        }

        if (unanswered)
        {
            Interlocked.Increment(ref _unanswered);
        }
    }

    public void Fail(string failure) => _failures.Enqueue(failure);

    public void Time(string category, TimeSpan elapsed) => _ticksByCategory.AddOrUpdate(category, elapsed.Ticks, (_, t) => t + elapsed.Ticks);

    public string Summary(TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine($"{_sent} bad inputs in {elapsed.TotalSeconds:F1} s; {_serverErrors} answered 5xx; {_unanswered} abandoned by the client and not answered; {_failures.Count} broke a rule.");
        text.AppendLine("By category: " + string.Join(", ", _byCategory.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
        text.AppendLine("Slowest categories (summed wait): " + string.Join(", ", _ticksByCategory.OrderByDescending(c => c.Value).Take(4)
            .Select(c => $"{c.Key} {TimeSpan.FromTicks(c.Value).TotalSeconds:F1} s")));
        text.AppendLine("By answer:");
        foreach (var (answer, count) in _byAnswer.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  {answer}: {count}");
        }

        return text.ToString();
    }
}
