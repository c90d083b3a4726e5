namespace EventStreamConsole.ViewModels;

/// <summary>
/// Previous/next paging over an API that only returns a NextToken: a stack of the tokens that start each page seen so
/// far (page 0 starts with none).
/// </summary>
public sealed class TokenPager
{
    private readonly List<string?> _starts = [null];
    private string? _next;

    public int Index { get; private set; }

    public string? CurrentToken => _starts[Index];

    public bool HasPrevious => Index > 0;

    public bool HasNext => _next is not null;

    /// <summary>Records the token the current page returned.</summary>
    public void Loaded(string? nextToken)
    {
        _next = nextToken;
        _starts.RemoveRange(Index + 1, _starts.Count - Index - 1);
        if (nextToken is not null)
        {
            _starts.Add(nextToken);
        }
    }

    public void MoveNext()
    {
        if (!HasNext)
        {
            throw new InvalidOperationException("There is no next page.");
        }

        Index++;
    }

    public void MovePrevious()
    {
        if (!HasPrevious)
        {
            throw new InvalidOperationException("There is no previous page.");
        }

        Index--;
    }

    public void Reset()
    {
        _starts.RemoveRange(1, _starts.Count - 1);
        _next = null;
        Index = 0;
    }
}
