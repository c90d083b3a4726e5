using System.Globalization;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Health;

/// <summary>
/// Someone on call saying "I know, and here is why" about one ongoing outage: who, when and the note. It belongs to the
/// outage that began at <see cref="OutageSince"/> (AWS's UnhealthySince), so it ends with that outage: a later outage of
/// the same stream starts unacknowledged.
/// </summary>
public sealed record OutageAcknowledgement(
    InventoryKey Key,
    string DomainName,
    string EventStreamName,
    string EventStreamArn,
    DateTimeOffset OutageSince,
    string Note,
    string ByName,
    string ByObjectId,
    DateTimeOffset At)
{
    public const int MaxNoteLength = 500;

    /// <summary>Why <paramref name="note"/> cannot be saved, naming the field and the rule; null when it can.</summary>
    public static string? NoteError(string? note)
    {
        var trimmed = note?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "Note is required: say what is known or being done, e.g. \"Kinesis stream being recreated, ETA 20 min\".";
        }

        var length = trimmed.EnumerateRunes().Count();
        if (length > MaxNoteLength)
        {
            return $"Note must be at most {MaxNoteLength} characters (it has {length}).";
        }

        return trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            ? "Note must not contain control characters."
            : null;
    }

    /// <summary>Whether this still speaks for the stream's current outage (one that began when this one did).</summary>
    public bool Covers(DateTime? unhealthySince) =>
        unhealthySince is { } since && Math.Abs((new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc)) - OutageSince).TotalSeconds) < 1;

    /// <summary>"Acknowledged by Kenji 12 m ago: Kinesis stream being recreated".</summary>
    public string Describe(DateTimeOffset now) => $"Acknowledged by {ByName} {RelativeTime.Since(At.UtcDateTime, now)} ago: {Note}";

    /// <summary>"acknowledged by Kenji at 2026-12-04 03:12 UTC: …", for the incident summary and alert texts.</summary>
    public string Sentence => string.Create(CultureInfo.InvariantCulture, $"acknowledged by {ByName} at {At.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {Note}");
}
