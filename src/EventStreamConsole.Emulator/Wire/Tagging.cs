using System.Text.Json.Serialization;

namespace EventStreamConsole.Emulator.Wire;

// The three tag operations use lower-case JSON member names, unlike every other operation of the service.

public sealed class TagResourceRequest
{
    [JsonIgnore] public string ResourceArn { get; set; } = "";

    [JsonPropertyName("tags")] public Dictionary<string, string> Tags { get; set; } = [];
}

public sealed class TagResourceResponse : WireResponse;

public sealed class UntagResourceRequest
{
    public string ResourceArn { get; set; } = "";
    public List<string> TagKeys { get; set; } = [];
}

public sealed class UntagResourceResponse : WireResponse;

public sealed class ListTagsForResourceRequest
{
    public string ResourceArn { get; set; } = "";
}

public sealed class ListTagsForResourceResponse : WireResponse
{
    [JsonPropertyName("tags")] public Dictionary<string, string> Tags { get; set; } = [];
}
