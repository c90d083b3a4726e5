using Amazon.Runtime.Endpoints;

namespace Amazon.CustomerProfiles.Endpoints;

/// <summary>The parameters of Customer Profiles' endpoint rule set.</summary>
public sealed class CustomerProfilesEndpointParameters : EndpointParameters
{
    public CustomerProfilesEndpointParameters()
    {
        UseDualStack = false;
        UseFIPS = false;
    }

    public string? Region
    {
        get => (string?)this[nameof(Region)];
        set => this[nameof(Region)] = value;
    }

    public bool? UseDualStack
    {
        get => (bool?)this[nameof(UseDualStack)];
        set => this[nameof(UseDualStack)] = value;
    }

    public bool? UseFIPS
    {
        get => (bool?)this[nameof(UseFIPS)];
        set => this[nameof(UseFIPS)] = value;
    }

    public string? Endpoint
    {
        get => (string?)this[nameof(Endpoint)];
        set => this[nameof(Endpoint)] = value;
    }
}
