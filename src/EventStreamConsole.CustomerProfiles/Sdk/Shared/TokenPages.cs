using System.Runtime.CompilerServices;

namespace EventStreamConsole.CustomerProfiles.Sdk;

/// <summary>The walk every generated paginator does: send, yield the page, follow its token until the service stops giving one.</summary>
internal static class TokenPages
{
    public static async IAsyncEnumerable<TResponse> WalkAsync<TResponse>(
        string? firstToken,
        Func<string?, CancellationToken, Task<TResponse>> fetch,
        Func<TResponse, string?> nextToken,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var token = firstToken;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var page = await fetch(token, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            yield return page;
            token = nextToken(page);
            if (!string.IsNullOrEmpty(token) && !seen.Add(token))
            {
                throw new InvalidOperationException($"The service returned the same NextToken twice ('{token}'); stopping to avoid an endless loop.");
            }
        }
        while (!string.IsNullOrEmpty(token));
    }

    /// <summary>Like the SDK's paginators, one paginator walks the pages once.</summary>
    public static void EnsureFirstUse(ref int used)
    {
        if (Interlocked.Exchange(ref used, 1) != 0)
        {
            throw new InvalidOperationException("Paginator has already been consumed and cannot be reused. Please create a new instance.");
        }
    }
}
