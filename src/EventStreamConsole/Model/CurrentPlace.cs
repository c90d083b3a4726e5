using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace EventStreamConsole.Model;

/// <summary>
/// The account and region the circuit's address names (?account=&amp;region=, defaults when absent), followed as the user
/// navigates: one place for the app bar, the navigation and the environment banner to read instead of each parsing it.
/// </summary>
public sealed class CurrentPlace : IDisposable
{
    private readonly NavigationManager _navigation;
    private readonly IEventStreamService _service;

    public CurrentPlace(NavigationManager navigation, IEventStreamService service)
    {
        _navigation = navigation;
        _service = service;
        (Account, Region) = ListUrlState.PlaceOf(navigation.Uri, service.AccountOf);
        navigation.LocationChanged += OnLocationChanged;
    }

    /// <summary>Raised after the address changed the account or region.</summary>
    public event Action? Changed;

    public ConsoleAccount Account { get; private set; }

    public string Region { get; private set; }

    /// <summary>The account to put in addresses: null for the default account.</summary>
    public string? AccountParameter => Links.AccountParameter(Account.AccountId, _service.AccountId);

    public void Dispose() => _navigation.LocationChanged -= OnLocationChanged;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var (account, region) = ListUrlState.PlaceOf(e.Location, _service.AccountOf);
        if (account.AccountId != Account.AccountId || region != Region)
        {
            (Account, Region) = (account, region);
            Changed?.Invoke();
        }
    }
}
