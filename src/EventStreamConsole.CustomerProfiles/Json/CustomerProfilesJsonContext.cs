using System.Text.Json.Serialization;
using EventStreamConsole.CustomerProfiles.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Model;

namespace EventStreamConsole.CustomerProfiles.Json;

/// <summary>Source-generated (de)serialization for every wire shape of both services.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(EpochSecondsConverter)])]
[JsonSerializable(typeof(CreateEventStreamRequest))]
[JsonSerializable(typeof(CreateEventStreamResponse))]
[JsonSerializable(typeof(GetEventStreamResponse))]
[JsonSerializable(typeof(ListEventStreamsResponse))]
[JsonSerializable(typeof(DeleteEventStreamResponse))]
[JsonSerializable(typeof(TagResourceRequest))]
[JsonSerializable(typeof(TagResourceResponse))]
[JsonSerializable(typeof(UntagResourceResponse))]
[JsonSerializable(typeof(ListTagsForResourceResponse))]
[JsonSerializable(typeof(ListDomainsResponse))]
[JsonSerializable(typeof(GetDomainResponse))]
[JsonSerializable(typeof(CreateDomainRequest))]
[JsonSerializable(typeof(CreateDomainResponse))]
[JsonSerializable(typeof(ListStreamsRequest))]
[JsonSerializable(typeof(ListStreamsResponse))]
[JsonSerializable(typeof(DescribeStreamSummaryRequest))]
[JsonSerializable(typeof(DescribeStreamSummaryResponse))]
[JsonSerializable(typeof(CreateStreamRequest))]
[JsonSerializable(typeof(CreateStreamResponse))]
[JsonSerializable(typeof(DeleteStreamRequest))]
[JsonSerializable(typeof(DeleteStreamResponse))]
public sealed partial class CustomerProfilesJsonContext : JsonSerializerContext;
