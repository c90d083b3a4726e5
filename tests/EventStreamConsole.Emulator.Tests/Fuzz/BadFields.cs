using static EventStreamConsole.Emulator.Tests.Fuzz.FuzzTarget;

namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>Well-formed requests with one member out of the model's range: too long or short, a bad ARN, a control character.</summary>
public static class BadFields
{
    private const string Emoji = "\U0001F600";

    public static FuzzCase Length(FuzzTarget t)
    {
        var fresh = t.FreshName();
        var tags = (string Key, string Value) => $"{{{Quote(Key)}:{Quote(Value)}}}";
        var manyTags = "{" + string.Join(",", Enumerable.Range(0, 51 + t.Random.Next(10)).Select(i => $"\"k{i}\":\"v\"")) + "}";
        var longName = t.Letters(65 + t.Random.Next(100));
        var (what, request) = t.Random.Next(16) switch
        {
            0 => ("domain name over 64", t.RestJson("POST", $"/domains/{longName}", Utf8("{\"DefaultExpirationDays\":365}"))),
            1 => ("domain name of emoji", t.RestJson("POST", $"/domains/{Uri.EscapeDataString(string.Concat(Enumerable.Repeat(Emoji, 10)))}", Utf8("{\"DefaultExpirationDays\":365}"))),
            2 => ("encryption key over 255", t.RestJson("POST", $"/domains/{fresh}", Utf8($"{{\"DefaultExpirationDays\":365,\"DefaultEncryptionKey\":{Quote(t.Letters(256 + t.Random.Next(100)))}}}"))),
            3 => ("dead-letter queue over 255", t.RestJson("POST", $"/domains/{fresh}", Utf8($"{{\"DefaultExpirationDays\":365,\"DeadLetterQueueUrl\":{Quote(t.Letters(256))}}}"))),
            4 => ("tag key over 128", t.RestJson("POST", $"/domains/{fresh}", Utf8($"{{\"DefaultExpirationDays\":365,\"Tags\":{tags(t.Letters(129), "v")}}}"))),
            5 => ("tag value of 257 emoji", t.RestJson("POST", $"/tags/{Uri.EscapeDataString(t.DomainArn())}", Utf8($"{{\"tags\":{tags("team", string.Concat(Enumerable.Repeat(Emoji, 257)))}}}"))),
            6 => ("tag value over 256", t.RestJson("POST", $"/domains/spare/event-streams/{fresh}", Utf8($"{{\"Uri\":{Quote(t.KinesisArn())},\"Tags\":{tags("k", t.Letters(257 + t.Random.Next(50)))}}}"))),
            7 => ("51 or more tags", t.RestJson("POST", $"/tags/{Uri.EscapeDataString(t.DomainArn())}", Utf8($"{{\"tags\":{manyTags}}}"))),
            8 => ("an empty tag map", t.RestJson("POST", $"/domains/{fresh}", Utf8("{\"DefaultExpirationDays\":365,\"Tags\":{}}"))),
            9 => ("expiration days out of range", t.RestJson("POST", $"/domains/{fresh}", Utf8($"{{\"DefaultExpirationDays\":{t.Pick([0, 1099, -5, 100000])}}}"))),
            10 => ("event stream name over 64", t.RestJson("POST", $"/domains/spare/event-streams/{longName}", Utf8($"{{\"Uri\":{Quote(t.KinesisArn())}}}"))),
            11 => ("stream name over 128", t.AwsJson("CreateStream", Utf8($"{{\"StreamName\":{Quote(t.Letters(129 + t.Random.Next(50)))},\"ShardCount\":1}}"))),
            12 => ("an empty stream name", t.AwsJson("CreateStream", Utf8("{\"StreamName\":\"\",\"ShardCount\":1}"))),
            13 => ("max-results out of range", t.RestJson("GET", t.Pick(["/domains", "/domains/retail/event-streams"]) + $"?max-results={t.Pick(["0", "101", "-1", "abc", "2147483648", "1e2", "5%0A", "+-3", "%D9%A3"])}", null)),
            14 => ("next-token too long or forged", t.RestJson("GET", t.Pick(["/domains", "/domains/retail/event-streams"]) + $"?next-token={t.Pick([t.Letters(1025), "forged", "%FF", "AAAA"])}", null)),
            _ => ("tagKeys: none, 51, too long or reserved", t.RestJson("DELETE", $"/tags/{Uri.EscapeDataString(t.DomainArn())}" + t.Pick([
                "", "?tagKeys=", "?" + string.Join("&", Enumerable.Range(0, 51).Select(i => $"tagKeys=k{i}")), $"?tagKeys={t.Letters(129)}", "?tagKeys=aws%3Ateam", "?tagKeys=te%20am"]), null)),
        };
        return new("length", what, request);
    }

    public static FuzzCase BadArn(FuzzTarget t)
    {
        var other = EmulatorServer12();
        string[] uris =
        [
            t.KinesisArn(partition: "aws-cn"), t.KinesisArn(region: "eu-west-2"), t.KinesisArn(account: other), $"arn:aws:sqs:us-east-1:{t.Account}:queue",
            t.KinesisArn() + "\n", t.KinesisArn(account: "١٢٣٤٥٦٧٨٩٠١٢"), t.KinesisArn("missing"), "", t.KinesisArn(t.Letters(200)), t.KinesisArn(""),
            t.KinesisArn().ToUpperInvariant(), " " + t.KinesisArn(), t.KinesisArn(region: "us-east-١"),
        ];
        string[] tagArns =
        [
            t.DomainArn(partition: "aws-cn"), t.DomainArn(account: other), t.DomainArn(region: "eu-west-2"), t.KinesisArn(), t.DomainArn("nothere"),
            "garbage", t.DomainArn() + t.Letters(300), t.DomainArn() + "\n", t.DomainArn() + "/event-streams/missing", t.DomainArn("retail") + "/event-streams/orders/x",
            "arn:aws:profile:us-east-1:" + t.Account + ":domains/", "arn:aws:profile", t.DomainArn(partition: "aws-us-gov"),
        ];
        string[] streamArns =
        [
            t.KinesisArn(partition: "aws-cn"), t.KinesisArn(account: other), $"arn:aws:kinesis:us-east-1:{t.Account}:table/exports", t.KinesisArn() + "\n",
            t.KinesisArn("nothere"), "arn:aws:kinesis", t.KinesisArn(region: "eu-west-2"),
        ];
        var (what, request) = t.Random.Next(4) switch
        {
            0 => ("CreateEventStream Uri", t.RestJson("POST", $"/domains/spare/event-streams/{t.FreshName()}", Utf8($"{{\"Uri\":{Quote(t.Pick(uris))}}}"))),
            1 => ("TagResource ARN", t.RestJson("POST", $"/tags/{Uri.EscapeDataString(t.Pick(tagArns))}", Utf8("{\"tags\":{\"team\":\"b\"}}"))),
            2 => ("UntagResource ARN", t.RestJson("DELETE", $"/tags/{Uri.EscapeDataString(t.Pick(tagArns))}?tagKeys=team", null)),
            _ => t.Random.Next(3) switch
            {
                0 => ("DeleteStream StreamARN", t.AwsJson("DeleteStream", Utf8($"{{\"StreamARN\":{Quote(t.Pick(streamArns))}}}"))),
                1 => ("DeleteStream name and ARN disagree", t.AwsJson("DeleteStream", Utf8($"{{\"StreamName\":\"other\",\"StreamARN\":{Quote(t.KinesisArn())}}}"))),
                _ => ("DescribeStreamSummary StreamARN", t.AwsJson("DescribeStreamSummary", Utf8($"{{\"StreamARN\":{Quote(t.Pick(streamArns))}}}"))),
            },
        };
        return new("bad-arn", what, request);
    }

    public static FuzzCase ControlCharacter(FuzzTarget t)
    {
        // %00 is left out: Kestrel itself refuses a NUL in the path, with a bare 400, before any application code runs.
        var control = $"%{t.Pick(Enumerable.Range(1, 31).Append(127).ToArray()):X2}";
        var escaped = $"\\u{t.Pick(Enumerable.Range(0, 32).Append(127).ToArray()):x4}";
        var fresh = t.FreshName();
        var (what, request) = t.Random.Next(8) switch
        {
            0 => ("in a new domain's name", t.RestJson("POST", $"/domains/{fresh}{control}", Utf8("{\"DefaultExpirationDays\":365}"))),
            1 => ("after the name of a stream to delete", t.RestJson("DELETE", $"/domains/retail/event-streams/orders{control}", null)),
            2 => ("in a domain name to read", t.RestJson("GET", $"/domains/ret{control}ail", null)),
            3 => ("in a new event stream's name", t.RestJson("POST", $"/domains/spare/event-streams/{control}{fresh}", Utf8($"{{\"Uri\":{Quote(t.KinesisArn())}}}"))),
            4 => ("in a tag key", t.RestJson("POST", $"/tags/{Uri.EscapeDataString(t.DomainArn())}", Utf8($"{{\"tags\":{{\"team{escaped}\":\"b\"}}}}"))),
            5 => ("in a new stream's name", t.AwsJson("CreateStream", Utf8($"{{\"StreamName\":\"{fresh}{escaped}\",\"ShardCount\":1}}"))),
            6 => ("in the name of a stream to delete", t.AwsJson("DeleteStream", Utf8($"{{\"StreamName\":\"exports{escaped}\"}}"))),
            _ => ("in the tag ARN's domain", t.RestJson("DELETE", $"/tags/{Uri.EscapeDataString(t.DomainArn())}{control}?tagKeys=team", null)),
        };
        return new("control-chars", what, request);
    }

    public static FuzzCase DotSegment(FuzzTarget t)
    {
        var dots = t.Pick([".", "..", "%2e", "%2E%2e", ".%2E", "%2e."]);
        var (method, path, body) = t.Random.Next(6) switch
        {
            0 => ("DELETE", $"/domains/retail/event-streams/{dots}", (byte[]?)null),
            1 => ("POST", $"/domains/{dots}", Utf8("{\"DefaultExpirationDays\":365}")),
            2 => ("POST", $"/domains/{dots}/event-streams/x", Utf8($"{{\"Uri\":{Quote(t.KinesisArn())}}}")),
            3 => ("GET", $"/domains/retail/{dots}", null),
            4 => ("POST", $"/tags/{dots}/domains/spare", Utf8("{\"tags\":{\"team\":\"b\"}}")),
            _ => ("DELETE", $"/{dots}/domains/retail/event-streams/orders", null),
        };
        return new("dot-segments", $"{method} {path}", t.RestJson(method, path, body));
    }

    private static string EmulatorServer12() => Shared.EmulatorServer.NewAccount();
}
