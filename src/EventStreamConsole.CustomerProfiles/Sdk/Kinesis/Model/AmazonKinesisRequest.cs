using Amazon.Runtime;

namespace Amazon.Kinesis.Model;

/// <summary>The base of every Kinesis request.</summary>
public abstract class AmazonKinesisRequest : AmazonWebServiceRequest;
