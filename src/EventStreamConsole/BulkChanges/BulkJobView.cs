using EventStreamConsole.Inventory;

namespace EventStreamConsole.BulkChanges;

public enum BulkJobKind
{
    EditTags,
    ChangeDestination,
}

public enum BulkItemStatus
{
    Waiting,
    Running,
    Succeeded,
    Failed,

    /// <summary>Nothing to do: the stream already was as asked.</summary>
    Skipped,

    /// <summary>Not started: the job was cancelled (or the console stopped) first.</summary>
    Cancelled,
}

/// <summary>A stream a bulk change is aimed at, as the list showed it when the user chose it.</summary>
public sealed record BulkTarget(string DomainName, string EventStreamName, string Arn, string? DestinationUri);

/// <summary>What became of one stream: <see cref="Detail"/> says what changed, or why it failed or was skipped.</summary>
public sealed record BulkItem(BulkTarget Target, BulkItemStatus Status, string? Detail = null, string? RequestId = null)
{
    public bool IsFinal => Status is not (BulkItemStatus.Waiting or BulkItemStatus.Running);
}

/// <summary>
/// A bulk change as it stands: who started it, what it does, and every stream's outcome so far. Immutable; the job's
/// runner publishes a new one after every stream. <see cref="Id"/> is also the batch's audit operation id.
/// </summary>
public sealed record BulkJobView(
    string Id,
    BulkJobKind Kind,
    string Title,
    InventoryKey At,
    string StartedBy,
    string StartedByObjectId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    bool Cancelling,
    IReadOnlyList<BulkItem> Items,
    TimeSpan BoundPerStream,
    string? RetryOf = null)
{
    /// <summary>The edit a tag job applies (what "retry the failed ones" applies again).</summary>
    public BulkTagEdit? TagEdit { get; init; }

    /// <summary>The Kinesis stream a destination job moves streams to.</summary>
    public string? NewDestinationArn { get; init; }

    public bool IsRunning => FinishedAt is null;

    public int Succeeded => Count(BulkItemStatus.Succeeded);

    public int Failed => Count(BulkItemStatus.Failed);

    public int Skipped => Count(BulkItemStatus.Skipped);

    public int Cancelled => Count(BulkItemStatus.Cancelled);

    public int Remaining => Items.Count(i => !i.IsFinal);

    public int Done => Items.Count - Remaining;

    /// <summary>0 to 100, for the progress bar.</summary>
    public double Percent => Items.Count == 0 ? 100 : 100.0 * Done / Items.Count;

    /// <summary>
    /// How long the rest should take: the pace so far, never faster than AWS's rate allows (<see cref="BoundPerStream"/> per
    /// stream); null when finished.
    /// </summary>
    public TimeSpan? TimeLeft(DateTimeOffset now)
    {
        if (!IsRunning)
        {
            return null;
        }

        var processed = Done;
        var pace = processed == 0 ? BoundPerStream : TimeSpan.FromTicks(Math.Max(BoundPerStream.Ticks, (now - StartedAt).Ticks / processed));
        return pace * Remaining;
    }

    /// <summary>"54 succeeded · 6 failed · 0 skipped", with cancelled ones when there are any.</summary>
    public string Tally => $"{Succeeded} succeeded · {Failed} failed · {Skipped} skipped" + (Cancelled > 0 ? $" · {Cancelled} not started" : "");

    private int Count(BulkItemStatus status) => Items.Count(i => i.Status == status);
}
