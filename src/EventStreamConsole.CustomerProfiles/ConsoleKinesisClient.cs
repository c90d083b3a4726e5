using Amazon.Kinesis;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EventStreamConsole.CustomerProfiles.Runtime;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>The Kinesis client, ours or AWSSDK.Kinesis', with the console's pipeline steps (<see cref="ClientPipeline"/>).</summary>
public sealed class ConsoleKinesisClient(AWSCredentials? credentials, AmazonKinesisConfig config, ClientPipeline consolePipeline)
    : AmazonKinesisClient(credentials, config)
{
    // Called by the base constructor; the captured primary-constructor parameter is already assigned by then.
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        consolePipeline.AddTo(pipeline);
    }
}
