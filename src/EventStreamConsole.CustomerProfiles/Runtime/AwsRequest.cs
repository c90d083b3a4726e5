using System.Text;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>One marshalled call: method, already-encoded path and query, optional body and extra headers.</summary>
public sealed class AwsRequest(string operation, HttpMethod method, string path)
{
    public string Operation { get; } = operation;
    public HttpMethod Method { get; } = method;

    /// <summary>The path with each label percent-encoded as one segment.</summary>
    public string Path { get; } = path;

    public List<KeyValuePair<string, string>> Query { get; } = [];
    public byte[]? Body { get; init; }
    public string? ContentType { get; init; }
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Encodes one path label as a single segment: '/' and ':' become %2F and %3A.</summary>
    public static string Label(string value) => Uri.EscapeDataString(value);

    public AwsRequest AddQuery(string name, string? value)
    {
        if (value is not null)
        {
            Query.Add(new(name, value));
        }

        return this;
    }

    public string PathAndQuery()
    {
        if (Query.Count == 0)
        {
            return Path;
        }

        var builder = new StringBuilder(Path).Append('?');
        for (var i = 0; i < Query.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(Query[i].Key)).Append('=').Append(Uri.EscapeDataString(Query[i].Value));
        }

        return builder.ToString();
    }
}
