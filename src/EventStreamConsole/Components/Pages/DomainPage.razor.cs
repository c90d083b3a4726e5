using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.Components.Dialogs;
using EventStreamConsole.Service;
using EventStreamConsole.ViewModels;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventStreamConsole.Components.Pages;

/// <summary>One domain's event streams straight from ListEventStreams, paged by its NextToken (previous/next over a token stack).</summary>
public sealed partial class DomainPage : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly TokenPager _pages = new();
    private IReadOnlyList<EventStreamSummary> _items = [];
    private int _pageSize = 25;
    private bool _loading;
    private bool _notFound;
    private string? _error;

    [Parameter] public string DomainName { get; set; } = "";

    [Inject] public required IEventStreamService Service { get; init; }

    /// <summary>The signed-in user, from the layout; null while it is being read (every action stays disabled).</summary>
    [CascadingParameter] public ConsoleUser? User { get; set; }

    [Inject] public required IDialogService Dialogs { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required CurrentPlace Place { get; init; }

    // Only the first page can tell that the domain has no stream; AWS allows one per domain.
    private bool CanCreate => !_loading && _error is null && _pages.Index == 0 && _items.Count == 0;

    protected override async Task OnParametersSetAsync()
    {
        _pages.Reset();
        await LoadAsync();
    }

    private Task ReloadAsync() => LoadAsync();

    private async Task NextAsync()
    {
        _pages.MoveNext();
        await LoadAsync();
    }

    private async Task PreviousAsync()
    {
        _pages.MovePrevious();
        await LoadAsync();
    }

    private async Task ChangePageSizeAsync(int size)
    {
        _pageSize = size;
        _pages.Reset();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        _notFound = false;
        try
        {
            var page = await Service.ListEventStreamsAsync(Place.At, DomainName, _pages.CurrentToken, _pageSize, _disposed.Token);
            _items = page.Items;
            _pages.Loaded(page.NextToken);
        }
        catch (ResourceNotFoundException)
        {
            _items = [];
            _notFound = true;
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _items = [];
            _error = AwsErrorText.Describe(ex);
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task CreateAsync()
    {
        var created = await CreateEventStreamDialog.ShowAsync(Dialogs, Place.At, DomainName);
        if (created is not null)
        {
            Navigation.NavigateTo(Place.StreamLink(DomainName, created));
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
