using System.Runtime.CompilerServices;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>A lazily evaluated walk over a token-paged List call: by response page or by item.</summary>
public interface IPaginator<TResponse, TItem>
{
    IAsyncEnumerable<TResponse> Responses { get; }

    IAsyncEnumerable<TItem> Items { get; }
}

internal sealed class Paginator<TResponse, TItem>(
    Func<string?, CancellationToken, Task<TResponse>> fetchPage,
    Func<TResponse, string?> nextToken,
    Func<TResponse, IEnumerable<TItem>> items,
    string? firstToken) : IPaginator<TResponse, TItem>
{
    private int _started;

    public IAsyncEnumerable<TResponse> Responses => EnumerateResponses(CancellationToken.None);

    public IAsyncEnumerable<TItem> Items => EnumerateItems(CancellationToken.None);

    private async IAsyncEnumerable<TResponse> EnumerateResponses([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Like the SDK's paginators, one paginator walks the pages once.
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("This paginator has already been enumerated; create a new one.");
        }

        var token = firstToken;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var page = await fetchPage(token, cancellationToken);
            yield return page;
            token = nextToken(page);
            if (token is not null && !seen.Add(token))
            {
                throw new InvalidOperationException($"The service returned the same NextToken twice ('{token}'); stopping to avoid an endless loop.");
            }
        }
        while (!string.IsNullOrEmpty(token));
    }

    private async IAsyncEnumerable<TItem> EnumerateItems([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in EnumerateResponses(cancellationToken).WithCancellation(cancellationToken))
        {
            foreach (var item in items(page))
            {
                yield return item;
            }
        }
    }
}
