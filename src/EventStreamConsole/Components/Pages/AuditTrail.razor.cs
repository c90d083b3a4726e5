using EventStreamConsole.Audit;
using EventStreamConsole.Aws;
using EventStreamConsole.Hosting;
using EventStreamConsole.Service;
using EventStreamConsole.ViewModels;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventStreamConsole.Components.Pages;

/// <summary>
/// The audit trail (EventStreams.Admin or EventStreams.Auditor): filters by user, stream, action, result and day, kept in the
/// URL; each entry links to its stream; the CSV export takes the same filters.
/// </summary>
public sealed partial class AuditTrail
{
    private MudDataGrid<AuditRecord>? _grid;
    private AuditQuery _query = new();
    private string? _error;

    // Entries whose long change list (a 46-tag edit) the user opened in full.
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);

    [Inject] public required IEventStreamService Service { get; init; }

    [Inject] public required CurrentPlace Place { get; init; }

    private string? RangeError => AuditUrlState.RangeError(_query);

    private string ExportUrl => AuditExportEndpoint.Path + AuditUrlState.ToQueryString(_query);

    [Inject] public required IJSRuntime JS { get; init; }

    protected override void OnInitialized() => _query = AuditUrlState.Parse(Place.Values);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The grid's own container scrolls sideways on narrow screens; it must be reachable by keyboard and named.
        if (firstRender)
        {
            try
            {
                await JS.InvokeVoidAsync("escConsole.scrollRegion", ".audit-grid .mud-table-container", "Audit trail entries");
            }
            catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
            {
            }
        }
    }

    private async Task<GridData<AuditRecord>> LoadAsync(GridState<AuditRecord> state, CancellationToken cancellationToken)
    {
        if (RangeError is not null)
        {
            return new GridData<AuditRecord> { Items = [], TotalItems = 0 };
        }

        try
        {
            var page = await Service.QueryAuditAsync(_query, state.Page * state.PageSize, state.PageSize, cancellationToken);
            ShowError(null);
            return new GridData<AuditRecord> { Items = page.Items, TotalItems = page.TotalCount };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new GridData<AuditRecord> { Items = [], TotalItems = 0 };
        }
        catch (Exception ex)
        {
            ShowError(AwsErrorText.Describe(ex, "The audit trail could not be read"));
            return new GridData<AuditRecord> { Items = [], TotalItems = 0 };
        }
    }

    // The grid renders itself; the alert above it belongs to the page.
    private void ShowError(string? error)
    {
        if (_error != error)
        {
            _error = error;
            StateHasChanged();
        }
    }

    private async Task SetAsync(AuditQuery query)
    {
        _query = query;
        Place.Replace("/audit", AuditUrlState.ToQueryString(query));
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private void Toggle(string id)
    {
        if (!_expanded.Remove(id))
        {
            _expanded.Add(id);
        }
    }

    /// <summary>The account of the entry's stream, for its link (null for the default account).</summary>
    private string? AccountOf(AuditTarget target) =>
        CustomerProfiles.Validation.CustomerProfilesArn.TryParse(target.Arn, out _, out var account, out _, out _)
            ? Links.AccountParameter(account, Service.AccountId)
            : null;

    /// <summary>A batch links to its calls, a call to the batch it belongs to.</summary>
    private static string OperationLinkText(AuditRecord record) => record.Action switch
    {
        AuditActions.BulkEditTags or AuditActions.BulkChangeDestination => "Show its per-stream entries",
        AuditActions.ChangeDestination => "Show every step",
        _ => "Show the whole operation",
    };

    private static string ResultLabel(AuditResult result) => result switch
    {
        AuditResult.Pending => "No outcome recorded",
        AuditResult.Refused => "Refused (role)",
        AuditResult.Unknown => "Outcome unknown",
        _ => result.ToString(),
    };

    private static Color ResultColor(AuditResult result) => result switch
    {
        AuditResult.Succeeded => Color.Success,
        AuditResult.Failed or AuditResult.Refused => Color.Error,
        _ => Color.Warning,
    };
}
