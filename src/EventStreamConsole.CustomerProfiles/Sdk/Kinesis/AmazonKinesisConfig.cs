using Amazon.Kinesis.Internal;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using EventStreamConsole.CustomerProfiles.Sdk;

namespace Amazon.Kinesis;

/// <summary>Configuration for the Kinesis client (service id "Kinesis", signing name "kinesis").</summary>
public class AmazonKinesisConfig : ClientConfig
{
    private static readonly string s_userAgent = Amazon.Util.Internal.InternalSDKUtils.BuildUserAgentString("Kinesis", "4.0.0-eventstreamconsole");

    public AmazonKinesisConfig()
        : base(new DefaultConfigurationProvider(DefaultConfigurations.All))
    {
        base.ServiceId = "Kinesis";
        AuthenticationServiceName = "kinesis";
        EndpointProvider = new AmazonKinesisEndpointProvider();
    }

    public static new string ServiceId => "Kinesis";

    public override string RegionEndpointServiceName => "kinesis";

    public override string ServiceVersion => "2013-12-02";

    public override string UserAgent => s_userAgent;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) =>
        ServiceEndpoint.Determine(this, "Amazon.Kinesis", parameters, new AmazonKinesisEndpointResolver());
}
