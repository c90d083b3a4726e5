using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.Model;
using Microsoft.AspNetCore.Components;

namespace EventStreamConsole.Components.Pages;

/// <summary>
/// Domains a page at a time (NextToken paging over a token stack), each with its event stream read as the row
/// appears. Leaving the page or turning it cancels the reads still in flight.
/// </summary>
public sealed partial class Home : IDisposable
{
    private static readonly int[] PageSizes = [10, 25, 50, 100];

    // _tokens[i] is the NextToken that starts page i; page 0 starts with none.
    private readonly List<string?> _tokens = [null];
    private List<DomainRow> _rows = [];
    private CancellationTokenSource _cts = new();
    private int _pageIndex;
    private int _pageSize = 25;
    private string? _nextToken;
    private bool _loadingPage;
    private string? _error;

    [Inject] public required IDomainOverviewService Overview { get; init; }

    [Inject] public required ILogger<Home> Logger { get; init; }

    protected override Task OnInitializedAsync() => LoadPageAsync();

    private async Task ReloadAsync() => await LoadPageAsync();

    private async Task NextAsync()
    {
        if (_nextToken is null)
        {
            return;
        }

        if (_tokens.Count == _pageIndex + 1)
        {
            _tokens.Add(_nextToken);
        }

        _pageIndex++;
        await LoadPageAsync();
    }

    private async Task PreviousAsync()
    {
        if (_pageIndex == 0)
        {
            return;
        }

        _pageIndex--;
        await LoadPageAsync();
    }

    private async Task ChangePageSizeAsync(int size)
    {
        _pageSize = size;
        _pageIndex = 0;
        _tokens.RemoveRange(1, _tokens.Count - 1);
        await LoadPageAsync();
    }

    private async Task LoadPageAsync()
    {
        await _cts.CancelAsync();
        _cts.Dispose();
        _cts = new CancellationTokenSource();
        var cancellationToken = _cts.Token;
        _loadingPage = true;
        _error = null;
        try
        {
            var page = await Overview.GetDomainPageAsync(_tokens[_pageIndex], _pageSize, cancellationToken);
            _rows = [.. page.Rows];
            _nextToken = page.NextToken;
            if (_tokens.Count > _pageIndex + 1)
            {
                _tokens.RemoveRange(_pageIndex + 1, _tokens.Count - _pageIndex - 1);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Listing domains failed");
            _error = Describe(ex);
            _rows = [];
            return;
        }
        finally
        {
            _loadingPage = false;
        }

        StateHasChanged();
        await LoadStreamsAsync(_rows, cancellationToken);
    }

    private async Task LoadStreamsAsync(IReadOnlyList<DomainRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            try
            {
                row.Loaded(await Overview.GetEventStreamAsync(row.DomainName, cancellationToken));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogWarning(ex, "Reading the event stream of {DomainName} failed", row.DomainName);
                row.Failed(ex);
            }

            StateHasChanged();
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        AmazonServiceException { RequestId: { } id } service => $"{service.ErrorCode}: {service.Message} (request id {id})",
        AmazonServiceException service => $"{service.ErrorCode}: {service.Message}",
        HttpRequestException => $"Could not reach the Customer Profiles endpoint: {ex.Message}",
        Amazon.Runtime.AmazonClientException => $"AWS credentials could not be resolved: {ex.Message}",
        _ => ex.Message,
    };

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
