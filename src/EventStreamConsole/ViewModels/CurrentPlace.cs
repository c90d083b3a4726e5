using EventStreamConsole.Aws;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Subscriptions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// The circuit's address, the one way every page and the layout read and write URL state: the account and region it
/// names (?account=&amp;region=, defaults when absent), the other query values (each page's codec, such as
/// <see cref="ListUrlState"/> or <see cref="AuditUrlState"/>, parses them), and replacing it as a view changes.
/// Values are read from the address at each access, so they are right even before a subscriber hears of a navigation.
/// </summary>
public sealed class CurrentPlace : IDisposable
{
    private readonly NavigationManager _navigation;
    private readonly IEventStreamService _service;
    private readonly Subscribers<string> _subscribers;

    public CurrentPlace(NavigationManager navigation, IEventStreamService service, TimeProvider time, ILogger<CurrentPlace> logger)
    {
        _navigation = navigation;
        _service = service;
        _subscribers = new(TimeSpan.Zero, time, logger);
        navigation.LocationChanged += OnLocationChanged;
    }

    /// <summary>The path of the address, e.g. "/" or "/audit".</summary>
    public string Path => new Uri(_navigation.Uri).AbsolutePath;

    /// <summary>The query values of the address (keys case-insensitive).</summary>
    public IReadOnlyDictionary<string, string?> Values => ListUrlState.FromUri(_navigation.Uri);

    public ConsoleAccount Account => _service.AccountOf(Values.GetValueOrDefault("account"));

    /// <summary>The region the address asks for, as written; null when it names none.</summary>
    public string? AskedRegion => Values.GetValueOrDefault("region");

    /// <summary>The asked region when it is one of the account's; otherwise the account's first.</summary>
    public string Region => ListUrlState.RegionOrDefault(AskedRegion, Account.Regions);

    public InventoryKey At => new(Account.AccountId, Region);

    /// <summary>The account to put in addresses: null for the default account.</summary>
    public string? AccountParameter => Links.AccountParameter(Account.AccountId, _service.AccountId);

    /// <summary>This account and region's event streams.</summary>
    public string HomeLink => Links.Home(Region, AccountParameter);

    /// <summary>A domain of this account and region.</summary>
    public string DomainLink(string domain) => Links.Domain(Region, domain, AccountParameter);

    /// <summary>An event stream of this account and region.</summary>
    public string StreamLink(string domain, string stream) => Links.Stream(Region, domain, stream, AccountParameter);

    /// <summary>Calls <paramref name="callback"/> through <paramref name="dispatch"/> after every navigation; dispose to stop.</summary>
    public Subscription Subscribe(string name, Func<Func<Task>, Task> dispatch, Action callback) =>
        _subscribers.Subscribe(name, _ => true, dispatch, callback);

    /// <inheritdoc cref="Subscribe(string, Func{Func{Task}, Task}, Action)"/>
    public Subscription Subscribe(string name, Func<Func<Task>, Task> dispatch, Func<Task> callback) =>
        _subscribers.Subscribe(name, _ => true, dispatch, callback);

    /// <summary>Shows <paramref name="path"/> with <paramref name="queryString"/> in place of the current entry, when it differs.</summary>
    public void Replace(string path, string queryString)
    {
        var target = _navigation.ToAbsoluteUri(path + queryString).ToString();
        if (target != _navigation.Uri)
        {
            _navigation.NavigateTo(target, new NavigationOptions { ReplaceHistoryEntry = true });
        }
    }

    public void Dispose() => _navigation.LocationChanged -= OnLocationChanged;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _subscribers.Notify(e.Location);
}
