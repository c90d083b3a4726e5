using System.Text.Json.Nodes;
using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis;
using Amazon.Kinesis.Model;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// ADAPTER (rewire when the client changes): turns a model-shaped input — the operation's members by their model
/// names, exactly the parameters botocore takes — into our client's request objects. A member our client does not
/// have throws <see cref="NotSupportedException"/>, so an input can never be silently narrowed.
/// </summary>
public static class ClientInputs
{
    public static object ToRequest(string service, string operation, JsonObject input)
    {
        var m = new Members(service, operation, input);
        object request = (service, operation) switch
        {
            ("customer-profiles", "CreateEventStream") => new CreateEventStreamRequest
            {
                DomainName = m.String("DomainName"), EventStreamName = m.String("EventStreamName"), Uri = m.String("Uri"), Tags = m.Map("Tags"),
            },
            ("customer-profiles", "GetEventStream") => new GetEventStreamRequest { DomainName = m.String("DomainName"), EventStreamName = m.String("EventStreamName") },
            ("customer-profiles", "DeleteEventStream") => new DeleteEventStreamRequest { DomainName = m.String("DomainName"), EventStreamName = m.String("EventStreamName") },
            ("customer-profiles", "ListEventStreams") => new ListEventStreamsRequest { DomainName = m.String("DomainName"), MaxResults = m.Int("MaxResults"), NextToken = m.String("NextToken") },
            ("customer-profiles", "TagResource") => new TagResourceRequest { ResourceArn = m.String("resourceArn"), Tags = m.Map("tags") },
            ("customer-profiles", "UntagResource") => new UntagResourceRequest { ResourceArn = m.String("resourceArn"), TagKeys = m.List("tagKeys") },
            ("customer-profiles", "ListTagsForResource") => new ListTagsForResourceRequest { ResourceArn = m.String("resourceArn") },
            ("customer-profiles", "ListDomains") => new ListDomainsRequest { MaxResults = m.Int("MaxResults"), NextToken = m.String("NextToken") },
            ("customer-profiles", "GetDomain") => new GetDomainRequest { DomainName = m.String("DomainName") },
            ("customer-profiles", "CreateDomain") => new CreateDomainRequest
            {
                DomainName = m.String("DomainName"), DefaultExpirationDays = m.Int("DefaultExpirationDays"),
                DefaultEncryptionKey = m.String("DefaultEncryptionKey"), DeadLetterQueueUrl = m.String("DeadLetterQueueUrl"), Tags = m.Map("Tags"),
            },
            ("kinesis", "ListStreams") => new ListStreamsRequest { Limit = m.Int("Limit"), ExclusiveStartStreamName = m.String("ExclusiveStartStreamName"), NextToken = m.String("NextToken") },
            ("kinesis", "DescribeStreamSummary") => new DescribeStreamSummaryRequest { StreamName = m.String("StreamName"), StreamARN = m.String("StreamARN") },
            ("kinesis", "CreateStream") => new CreateStreamRequest { StreamName = m.String("StreamName"), ShardCount = m.Int("ShardCount"), StreamModeDetails = StreamModeDetails(m.Object("StreamModeDetails")) },
            ("kinesis", "DeleteStream") => new DeleteStreamRequest { StreamName = m.String("StreamName"), StreamARN = m.String("StreamARN"), EnforceConsumerDeletion = m.Bool("EnforceConsumerDeletion") },
            _ => throw new NotSupportedException($"Our client has no operation {service}:{operation}."),
        };
        m.ThrowIfUnread();
        return request;
    }

    private static StreamModeDetails? StreamModeDetails(JsonObject? input)
    {
        if (input is null)
        {
            return null;
        }

        var m = new Members("kinesis", "StreamModeDetails", input);
        // Like the SDK's constant classes, StreamMode carries any string; the model's enum is the service's to enforce.
        var details = new StreamModeDetails { StreamMode = StreamMode.FindValue(m.String("StreamMode")) };
        m.ThrowIfUnread();
        return details;
    }

    private sealed class Members(string service, string operation, JsonObject input)
    {
        private readonly HashSet<string> _read = new(StringComparer.Ordinal);

        public string? String(string name) => Read(name) is { } v ? (string)v! : null;

        public int? Int(string name) => Read(name) is { } v ? checked((int)v.GetValue<long>()) : null;

        public bool? Bool(string name) => Read(name) is { } v ? (bool)v : null;

        public JsonObject? Object(string name) => Read(name)?.AsObject();

        public List<string>? List(string name) => Read(name)?.AsArray().Select(v => (string)v!).ToList();

        public Dictionary<string, string>? Map(string name) => Read(name)?.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);

        public void ThrowIfUnread()
        {
            var unread = input.Select(p => p.Key).Where(k => !_read.Contains(k)).ToList();
            if (unread.Count > 0)
            {
                throw new NotSupportedException($"Our client's {service}:{operation} has no member {string.Join(", ", unread)}.");
            }
        }

        private JsonNode? Read(string name)
        {
            _read.Add(name);
            return input[name];
        }
    }
}
