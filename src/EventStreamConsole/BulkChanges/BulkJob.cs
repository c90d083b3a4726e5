namespace EventStreamConsole.BulkChanges;

/// <summary>One running bulk change: its runner is the only writer of <see cref="View"/>; readers take the current picture.</summary>
internal sealed class BulkJob(BulkJobView initial, Func<BulkTarget, CancellationToken, Task<BulkItem>> work, Func<BulkJobView, Task> finished)
{
    private readonly Lock _gate = new();
    private BulkJobView _view = initial;

    public BulkJobView View
    {
        get
        {
            lock (_gate)
            {
                return _view;
            }
        }
    }

    public Func<BulkTarget, CancellationToken, Task<BulkItem>> Work { get; } = work;

    public Func<BulkJobView, Task> Finished { get; } = finished;

    private volatile bool _cancelRequested;

    /// <summary>Set by a user's Cancel: no further stream is started; the one in progress completes.</summary>
    public bool CancelRequested => _cancelRequested;

    public void RequestCancel()
    {
        lock (_gate)
        {
            _cancelRequested = true;
            _view = _view with { Cancelling = _view.IsRunning };
        }
    }

    public void Set(int index, BulkItem item)
    {
        lock (_gate)
        {
            var items = _view.Items.ToArray();
            items[index] = item;
            _view = _view with { Items = items };
        }
    }

    public void CancelRemaining(string reason)
    {
        lock (_gate)
        {
            _view = _view with { Items = [.. _view.Items.Select(i => i.IsFinal ? i : i with { Status = BulkItemStatus.Cancelled, Detail = reason })] };
        }
    }

    public BulkJobView Finish(DateTimeOffset at)
    {
        lock (_gate)
        {
            _view = _view with { FinishedAt = at, Cancelling = false };
            return _view;
        }
    }
}
