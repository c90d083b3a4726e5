using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Service.Changes;
using EventStreamConsole.ViewModels;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventStreamConsole.Components.Dialogs;

/// <summary>
/// Create an event stream: every rule checked as you type with the shared rules, a pre-check that the domain exists and
/// has no stream yet (AWS allows one), the destination picked from the region's Kinesis streams or pasted, and a
/// submit that cannot be pressed twice. Closes with the new stream's name.
/// </summary>
public sealed partial class CreateEventStreamDialog : IDisposable
{
    private readonly CancellationTokenSource _closed = new();
    private readonly HashSet<string> _touched = [];
    private CreateEventStreamForm _form = null!;
    private IReadOnlyList<KinesisStreamOption>? _streams;
    private string _destinationTyped = "";
    private string? _streamsError;
    private ErrorExplanation? _error;
    private string? _outcomeCheck;
    private bool _domainFixed;
    private bool _checking;
    private bool _submitting;

    [CascadingParameter] public required IMudDialogInstance MudDialog { get; set; }

    /// <summary>The account and region to create in.</summary>
    [Parameter] public InventoryKey At { get; set; }

    private string Region => At.Region;

    private string AccountId => At.Account;

    [Parameter] public string? DomainName { get; set; }

    [Inject] public required IEventStreamService Service { get; init; }

    public static async Task<string?> ShowAsync(IDialogService dialogs, InventoryKey at, string? domainName)
    {
        var parameters = new DialogParameters<CreateEventStreamDialog>
        {
            { d => d.At, at },
            { d => d.DomainName, domainName },
        };
        var reference = await dialogs.ShowAsync<CreateEventStreamDialog>("Create an event stream", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false });
        var result = await reference.Result;
        return result is { Canceled: false, Data: string name } ? name : null;
    }

    protected override async Task OnInitializedAsync()
    {
        _form = new CreateEventStreamForm(Region, AccountId);
        if (!string.IsNullOrEmpty(DomainName))
        {
            _domainFixed = true;
            _form.DomainName = DomainName;
            _form.EventStreamName = $"{DomainName}-export"[..Math.Min(64, DomainName.Length + 7)];
            _touched.Add("domain");
        }

        await Task.WhenAll(LoadStreamsAsync(), PrecheckAsync());
    }

    private async Task LoadStreamsAsync()
    {
        try
        {
            _streams = await Service.ListKinesisStreamsAsync(At, _closed.Token);
            _form.KinesisStreams = _streams;
            if (_streams.Count == 0)
            {
                _streamsError = $"No Kinesis streams in {Region}; create one first, or paste an ARN.";
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _streams = [];
            _streamsError = AwsErrorText.Describe(ex) + " You can paste an ARN instead.";
        }
    }

    private async Task DomainChangedAsync(string domain)
    {
        _form.DomainName = domain;
        _touched.Add("domain");
        await PrecheckAsync();
    }

    private async Task PrecheckAsync()
    {
        _form.Precheck = null;
        if (CustomerProfiles.Validation.CustomerProfilesRules.DomainName(_form.DomainName) is null)
        {
            _checking = true;
            try
            {
                _form.Precheck = await Service.PrecheckCreateAsync(At, _form.DomainName, _closed.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _error = AwsErrorText.Explain(ex);
            }
            finally
            {
                _checking = false;
            }
        }
    }

    private void DestinationChanged(string? text)
    {
        _destinationTyped = text ?? "";
        _form.DestinationArn = text ?? "";
        if (_form.DestinationArn.Length > 0)
        {
            _touched.Add("destination");
        }
    }

    /// <summary>The region's streams whose name or ARN holds what was typed, in the list's order; all of them for no text
    /// or for the text of a stream already picked (so reopening the list shows every choice).</summary>
    private Task<IEnumerable<string>> SearchStreamsAsync(string? text, CancellationToken cancellationToken)
    {
        var streams = _streams ?? [];
        var typed = text?.Trim() ?? "";
        var picked = streams.Any(s => string.Equals(s.Arn, typed, StringComparison.Ordinal));
        var matches = typed.Length == 0 || picked
            ? streams
            : streams.Where(s => s.Name.Contains(typed, StringComparison.OrdinalIgnoreCase) || s.Arn.Contains(typed, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(matches.Select(s => s.Arn));
    }

    private KinesisStreamOption StreamOf(string arn) =>
        _streams?.FirstOrDefault(s => string.Equals(s.Arn, arn, StringComparison.Ordinal)) ?? new KinesisStreamOption(arn, arn, "");

    private string NoMatchText =>
        _streams switch
        {
            null => "Loading the region's Kinesis streams…",
            { Count: 0 } => $"No Kinesis streams in {Region}; paste the ARN of one.",
            _ => $"No stream of {Region} matches '{_destinationTyped.Trim()}'. Paste a full ARN, or clear the field to see all {_streams.Count}.",
        };

    private string DestinationHint =>
        _streamsError
        ?? (_streams is null
            ? "Loading the region's Kinesis streams…"
            : _form.DestinationError is null && _form.DestinationArn.Length > 0
                ? $"Kinesis stream '{StreamOf(_form.ResolvedDestinationArn).Name}' in {Region}: found and {StreamOf(_form.ResolvedDestinationArn).Status}."
                : $"Type to search the {_streams.Count} streams of {Region}, or paste a stream ARN.");

    private async Task SubmitAsync()
    {
        _touched.UnionWith(["domain", "name", "destination"]);
        if (!_form.IsValid || _submitting)
        {
            return;
        }

        _submitting = true;
        _error = null;
        _outcomeCheck = null;
        try
        {
            // Created here, inside the click, so its reports come back on the renderer's synchronization context.
            var progress = new Progress<ChangeProgress>(ShowProgress);
            await Service.CreateEventStreamAsync(At, _form.DomainName, _form.EventStreamName, _form.ResolvedDestinationArn, _form.Tags.ToDictionary(),
                _closed.Token, progress);
            MudDialog.Close(DialogResult.Ok(_form.EventStreamName));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = AwsErrorText.Explain(ex);
        }
        finally
        {
            _submitting = false;
            _outcomeCheck = null;
        }
    }

    private void ShowProgress(ChangeProgress progress)
    {
        _outcomeCheck = progress.Message;
        StateHasChanged();
    }

    private void Cancel() => MudDialog.Cancel();

    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
    }
}
