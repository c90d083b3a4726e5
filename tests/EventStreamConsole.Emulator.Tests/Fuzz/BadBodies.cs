using System.Text;
using static EventStreamConsole.Emulator.Tests.Fuzz.FuzzTarget;

namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>Bodies that are not JSON objects of valid text, or whose members break the models' types.</summary>
public static class BadBodies
{
    private static readonly byte[][] s_badUtf8 =
    [
        [0xFF], [0xFE], [0xC0, 0x80], [0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3],
    ];

    private static readonly string[] s_badEscapes = [@"\ud800", @"\udc00", @"\ud800x", @"\udbff\u0041", @"\ud83d"];

    private static readonly string[] s_brokenJson =
    [
        "{\"a\" 1}", "{'a':1}", "{\"a\":01}", "{\"a\":NaN}", "{,}", "{\"a\":1,}", "{\"a\":\"\\x\"}", "{\"a\":\"\u0001\"}", "   ", "{\"a\":tru}",
        "{\"a\":1}{\"b\":2}", "\"just a string\"", "[]", "[{\"a\":1}]", "42", "null", "true", "{\"a\":[1,2}", "{\"a\":\"unterminated}",
    ];

    public static FuzzCase BrokenJson(FuzzTarget t)
    {
        var call = t.Pick(BodyCall.All)(t);
        var text = call.Text();
        var (how, body) = t.Random.Next(4) switch
        {
            0 => ("truncated", text[..t.Random.Next(1, text.Length - 1)]),
            1 => ("trailing garbage", text + t.Pick(["x", "}", "{}", ",", "]", "\"", "nul"])),
            2 => ("nested 70 deep", string.Concat(Enumerable.Repeat("{\"a\":", 70)) + "1" + new string('}', 70)),
            _ => ("malformed", t.Pick(s_brokenJson)),
        };
        return new("bad-json", $"{call.Name}: {how}", call.Request(t, body));
    }

    public static FuzzCase BadUtf8(FuzzTarget t)
    {
        var call = t.Pick(BodyCall.All)(t);
        var text = Encoding.UTF8.GetBytes(call.Text());
        // Inside the first member's name (after its opening quote and a letter or two) or at a random place.
        var at = t.Random.Next(2) == 0 ? 2 + t.Random.Next(3) : t.Random.Next(1, text.Length - 1);
        var bad = t.Pick(s_badUtf8);
        return new("bad-utf8", $"{call.Name}: bytes {Convert.ToHexString(bad)} at {at}", call.Request(t, [.. text[..at], .. bad, .. text[at..]]));
    }

    public static FuzzCase BadEscape(FuzzTarget t)
    {
        var call = t.Pick(BodyCall.All)(t);
        var member = t.Pick(call.Members);
        var escape = t.Pick(s_badEscapes);
        var broken = t.Random.Next(2) == 0 || !member.Value.StartsWith('"')
            ? call with { Members = [.. call.Members.Select(m => m.Key == member.Key ? new KeyValuePair<string, string>("\u0001", m.Value) : m)] }
            : call.With(member.Key, member.Value.Insert(1, escape));
        var body = broken.Text().Replace("\\u0001", escape, StringComparison.Ordinal);
        return new("bad-escape", $"{call.Name}: {escape} in {member.Key}", call.Request(t, body));
    }

    public static FuzzCase WrongType(FuzzTarget t)
    {
        var call = t.Pick(BodyCall.All)(t);
        string[] notAString = ["1", "true", "[]", "{}", "1.5"];
        string[] notAMap = ["[]", "\"x\"", "{\"k\":1}", "{\"k\":null}", "{\"k\":[]}", "{\"k\":{}}", "7"];
        (string Key, string[] Values) change = call.Name switch
        {
            "CreateDomain" => t.Pick<(string, string[])>([
                ("DefaultExpirationDays", ["\"365\"", "365.5", "true", "[]", "{}", "1e400", "99999999999", "null", "-0.5"]),
                ("Tags", notAMap), ("DefaultEncryptionKey", notAString), ("DeadLetterQueueUrl", notAString)]),
            "CreateEventStream" => t.Pick<(string, string[])>([("Uri", [.. notAString, "null"]), ("Tags", notAMap)]),
            "TagResource" => ("tags", [.. notAMap, "null"]),
            "CreateStream" => t.Pick<(string, string[])>([
                ("StreamName", [.. notAString, "null"]), ("ShardCount", ["\"1\"", "1.5", "true", "-1", "0", "10001", "[]"]),
                ("StreamModeDetails", ["\"ON_DEMAND\"", "{\"StreamMode\":1}", "{\"StreamMode\":\"FAST\"}", "[]", "{\"StreamMode\":\"ON_DEMAND\",\"x\":\"\\ud800\"}"])]),
            "DeleteStream" => t.Pick<(string, string[])>([("StreamName", [.. notAString, "null"]), ("StreamARN", notAString)]),
            "ListStreams" => t.Pick<(string, string[])>([
                ("Limit", ["\"5\"", "0", "10001", "1.5", "-3", "[]"]), ("ExclusiveStartStreamName", notAString), ("NextToken", ["5", "\"forged\"", "{}"])]),
            _ => ("StreamName", [.. notAString, "null"]),
        };
        var value = t.Pick(change.Values);
        return new("wrong-type", $"{call.Name}: {change.Key}={value}", call.With(change.Key, value).Request(t, call.With(change.Key, value).Text()));
    }
}
