using Amazon.CustomerProfiles.Internal;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.CustomerProfiles;

/// <summary>Configuration for the Customer Profiles client (service id "Customer Profiles", signing name "profile").</summary>
public class AmazonCustomerProfilesConfig : ClientConfig
{
    private static readonly string s_userAgent = Amazon.Util.Internal.InternalSDKUtils.BuildUserAgentString("CustomerProfiles", "4.0.0-eventstreamconsole");

    public AmazonCustomerProfilesConfig()
        : base(new DefaultConfigurationProvider(DefaultConfigurations.All))
    {
        base.ServiceId = "Customer Profiles";
        AuthenticationServiceName = "profile";
        EndpointProvider = new AmazonCustomerProfilesEndpointProvider();
    }

    public static new string ServiceId => "Customer Profiles";

    public override string RegionEndpointServiceName => "profile";

    public override string ServiceVersion => "2020-08-15";

    public override string UserAgent => s_userAgent;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) =>
        ServiceEndpoint.Determine(this, "Amazon.CustomerProfiles", parameters, new AmazonCustomerProfilesEndpointResolver());
}
