using Amazon.Runtime.Endpoints;

namespace Amazon.Kinesis.Endpoints;

/// <summary>The parameters of Kinesis' endpoint rule set.</summary>
public sealed class KinesisEndpointParameters : EndpointParameters
{
    public KinesisEndpointParameters()
    {
        UseDualStack = false;
        UseFIPS = false;
    }

    public string? Region { get => (string?)this[nameof(Region)]; set => this[nameof(Region)] = value; }

    public bool? UseDualStack { get => (bool?)this[nameof(UseDualStack)]; set => this[nameof(UseDualStack)] = value; }

    public bool? UseFIPS { get => (bool?)this[nameof(UseFIPS)]; set => this[nameof(UseFIPS)] = value; }

    public string? Endpoint { get => (string?)this[nameof(Endpoint)]; set => this[nameof(Endpoint)] = value; }

    public string? StreamId { get => (string?)this[nameof(StreamId)]; set => this[nameof(StreamId)] = value; }

    public string? StreamARN { get => (string?)this[nameof(StreamARN)]; set => this[nameof(StreamARN)] = value; }

    public string? OperationType { get => (string?)this[nameof(OperationType)]; set => this[nameof(OperationType)] = value; }

    public string? ConsumerARN { get => (string?)this[nameof(ConsumerARN)]; set => this[nameof(ConsumerARN)] = value; }

    public string? ResourceARN { get => (string?)this[nameof(ResourceARN)]; set => this[nameof(ResourceARN)] = value; }
}
