using System.Text.Json.Serialization;

namespace EventStreamConsole.Emulator.Wire;

/// <summary>Source-generated serialization of every shape the emulator answers with, for both services.</summary>
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
[JsonSerializable(typeof(StartStreamEncryptionResponse))]
[JsonSerializable(typeof(StopStreamEncryptionResponse))]
public sealed partial class WireJsonContext : JsonSerializerContext;
