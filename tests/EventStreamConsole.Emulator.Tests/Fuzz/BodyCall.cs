using System.Text;
using static EventStreamConsole.Emulator.Tests.Fuzz.FuzzTarget;

namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>
/// A call with a JSON body that would succeed (or be a harmless read) as it is: the body generators each break exactly
/// one thing in it. Members are raw JSON texts, so a generator can put any bytes there.
/// </summary>
public sealed record BodyCall(string Name, bool AwsJson, string Method, string Path, List<KeyValuePair<string, string>> Members)
{
    public static IReadOnlyList<Func<FuzzTarget, BodyCall>> All { get; } =
    [
        t => Rest("CreateDomain", "POST", $"/domains/{t.FreshName()}", ("DefaultExpirationDays", "365")),
        t => Rest("CreateEventStream", "POST", $"/domains/spare/event-streams/{t.FreshName()}", ("Uri", Quote(t.KinesisArn()))),
        t => Rest("TagResource", "POST", $"/tags/{Uri.EscapeDataString(t.DomainArn())}", ("tags", "{\"team\":\"b\"}")),
        t => Kinesis("CreateStream", ("StreamName", Quote(t.FreshName())), ("ShardCount", "1")),
        _ => Kinesis("DeleteStream", ("StreamName", Quote("exports"))),
        _ => Kinesis("ListStreams", ("Limit", "5")),
        _ => Kinesis("DescribeStreamSummary", ("StreamName", Quote("exports"))),
    ];

    public string Text() => "{" + string.Join(",", Members.Select(m => $"{Quote(m.Key)}:{m.Value}")) + "}";

    public BodyCall With(string key, string raw)
    {
        var members = Members.Where(m => m.Key != key).ToList();
        members.Add(new(key, raw));
        return this with { Members = members };
    }

    public byte[] Request(FuzzTarget target, byte[] body) =>
        AwsJson ? target.AwsJson(Name, body) : target.RestJson(Method, Path, body);

    public byte[] Request(FuzzTarget target, string body) => Request(target, Encoding.UTF8.GetBytes(body));

    private static BodyCall Rest(string name, string method, string path, params (string Key, string Raw)[] members) =>
        new(name, false, method, path, [.. members.Select(m => new KeyValuePair<string, string>(m.Key, m.Raw))]);

    private static BodyCall Kinesis(string name, params (string Key, string Raw)[] members) =>
        new(name, true, "POST", "/", [.. members.Select(m => new KeyValuePair<string, string>(m.Key, m.Raw))]);
}
