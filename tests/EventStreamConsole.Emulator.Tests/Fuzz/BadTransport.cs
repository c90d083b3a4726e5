using System.Text;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Emulator.Tests.Shared;
using static EventStreamConsole.Emulator.Tests.Fuzz.FuzzTarget;

namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>Bad requests around a valid body: operation names, credential scopes, signatures, body framing and size, routes.</summary>
public static class BadTransport
{
    public const long BodyLimit = 10 * 1024 * 1024;

    private static readonly string[] s_badRegions =
    [
        "US-EAST-1", "xx-nowhere-1", "us-east", "us-east-1-", "aws-global", "useast1", "us-east-1x", "cn-north", "us-gov-west", "eu--1", "-us-east-1",
        "us-east-1.example", "us_east_1", "local", "ap-southeast-2a",
    ];

    public static FuzzCase BadTarget(FuzzTarget t)
    {
        var target = t.Pick([
            $"{KinesisPrefix}Fz{t.Random.Next(100_000)}", KinesisPrefix, $"{KinesisPrefix}listStreams", "kinesis_20131202.ListStreams",
            "Kinesis_20131201.ListStreams", "DynamoDB_20120810.ListTables", $"{KinesisPrefix}PutRecord", KinesisPrefix + t.Letters(1000),
            $"{KinesisPrefix}ListStreams.", $"{KinesisPrefix}List%53treams", "ListStreams", $"{KinesisPrefix}DeleteStream,CreateStream"]);
        return new("bad-target", target.Length > 60 ? target[..60] + "..." : target, t.AwsJson("ListStreams", Utf8("{}"), target: target));
    }

    public static FuzzCase BadRegion(FuzzTarget t)
    {
        var region = t.Random.Next(3) == 0 ? $"us-{t.Letters(AwsRegion.MaxLength + t.Random.Next(1000))}-1" : t.Pick(s_badRegions);
        if (AwsRegion.IsValid(region))
        {
            throw new InvalidOperationException($"The generator made a valid region: {region}");
        }

        var call = t.Pick(BodyCall.All)(t);
        var authorization = EmulatorServer.Authorization(t.SomeAccount(), region, call.AwsJson ? "kinesis" : "profile");
        var body = Utf8(call.Text());
        var request = call.AwsJson ? t.AwsJson(call.Name, body, authorization) : t.RestJson(call.Method, call.Path, body, authorization);
        return new("bad-region", $"{call.Name} in '{(region.Length > 30 ? region[..30] + "..." : region)}'", request);
    }

    public static FuzzCase BadSignature(FuzzTarget t)
    {
        var call = t.Pick(BodyCall.All)(t);
        var service = call.AwsJson ? "kinesis" : "profile";
        var account = t.SomeAccount();
        var scope = $"{account}/20261128/us-east-1/{service}/aws4_request";
        var authorization = t.Pick([
            "", "Bearer abc", "AWS4-HMAC-SHA256", $"AWS4-HMAC-SHA256 Credential={scope}",
            $"AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=host, Signature=XYZ",
            $"AWS4-HMAC-SHA256 Credential={account}/2026112/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=00",
            $"AWS4-HMAC-SHA256 Credential={account}/20261128/us-east-1/aws4_request, SignedHeaders=host, Signature=00",
            $"AWS4-HMAC-SHA1 Credential={scope}, SignedHeaders=host, Signature=00",
            $"aws4-hmac-sha256 Credential={scope}, SignedHeaders=host, Signature=00",
            $"AWS4-HMAC-SHA256 Credential={account}/20261128/us-east-1/{t.Pick<string>(call.AwsJson ? ["profile", "sts", "Kinesis"] : ["kinesis", "s3", "Profile"])}/aws4_request, SignedHeaders=host, Signature=00",
            $"AWS4-HMAC-SHA256 Credential={t.Letters(129)}/20261128/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=00",
            $"AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=host, Signature={new string('a', 129)}",
            $"AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=, Signature=00",
            $"AWS4-HMAC-SHA256 Credential={scope},SignedHeaders=host,Signature=00,Extra=1",
            $"AWS4-HMAC-SHA256Credential={scope}, SignedHeaders=host, Signature=00",
        ]);
        var body = Utf8(call.Text());
        var request = call.AwsJson ? t.AwsJson(call.Name, body, authorization) : t.RestJson(call.Method, call.Path, body, authorization);
        return new("bad-signature", $"{call.Name}: '{(authorization.Length > 50 ? authorization[..50] + "..." : authorization)}'", request);
    }

    /// <summary>A Content-Length over the limit, of which only the first KiB is sent: the answer must not wait for the rest.</summary>
    public static FuzzCase HugeBody(FuzzTarget t)
    {
        var call = t.Pick(BodyCall.All)(t);
        var declared = BodyLimit + 1 + t.Random.NextInt64(64L * 1024 * 1024);
        var prefix = Utf8(call.Text()[..^1] + ",\"Pad\":\"" + new string('x', 1024));
        var request = call.AwsJson
            ? t.AwsJson(call.Name, prefix, EmulatorServer.Authorization(t.Account, service: "kinesis"), declared)
            : t.RestJson(call.Method, call.Path, prefix, EmulatorServer.Authorization(t.Account), declared);
        return new("huge-body", $"{call.Name}: Content-Length {declared}", request);
    }

    /// <summary>A chunked body really sent, past the limit.</summary>
    public static FuzzCase HugeChunkedBody(FuzzTarget t, bool awsJson)
    {
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
        var chunked = new List<byte>();
        for (var i = 0; i < 11; i++)
        {
            chunked.AddRange(Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n"));
            chunked.AddRange(chunk);
            chunked.AddRange("\r\n"u8.ToArray());
        }

        chunked.AddRange("0\r\n\r\n"u8.ToArray());
        return new("huge-body", $"11 MiB chunked ({(awsJson ? "Kinesis" : "Customer Profiles")})", Chunked(t, awsJson, [.. chunked]));
    }

    public static FuzzCase BrokenChunked(FuzzTarget t)
    {
        var awsJson = t.Random.Next(2) == 0;
        var body = t.Pick([
            "ZZ\r\nabc\r\n", "3\r\nabcde\r\n0\r\n\r\n", "-1\r\nx\r\n0\r\n\r\n", "FFFFFFFFFFFFFFFFF\r\nx\r\n", "2\r\n{}\n0\r\n\r\n",
            "2;\u0001\r\n{}\r\n0\r\n\r\n", "\r\n\r\n", "2\r\n{}\r\nX\r\n\r\n", "0x2\r\n{}\r\n0\r\n\r\n", " 2\r\n{}\r\n0\r\n\r\n",
        ]);
        return new("broken-chunked", Escape(body), Chunked(t, awsJson, Encoding.Latin1.GetBytes(body)));
    }

    /// <summary>
    /// A body shorter than its Content-Length. Kept open, it is given up on when the data stops (Kestrel's minimum data
    /// rate) and answered 400; with the sending side closed (<paramref name="abandon"/>), Kestrel takes the client for gone.
    /// </summary>
    public static FuzzCase Truncated(FuzzTarget t, bool abandon)
    {
        var call = t.Pick(BodyCall.All)(t);
        var body = Utf8(call.Text());
        var sent = body[..t.Random.Next(1, body.Length)];
        var declared = body.Length + t.Random.Next(1, 100);
        var request = call.AwsJson
            ? t.AwsJson(call.Name, sent, EmulatorServer.Authorization(t.Account, service: "kinesis"), declared)
            : t.RestJson(call.Method, call.Path, sent, EmulatorServer.Authorization(t.Account), declared);
        return new(abandon ? "abandoned" : "truncated", $"{call.Name}: {sent.Length} of {declared} bytes", request, Abandoned: abandon);
    }

    public static FuzzCase NoRoute(FuzzTarget t)
    {
        var (method, path) = t.Pick<(string, string)>([
            ("PATCH", "/domains"), ("PUT", "/domains/retail"), ("GET", "/nothing"), ("DELETE", "/domains"), ("GET", "/domains/a/b"), ("POST", "/domains"),
            ("PUT", "/"), ("GET", "/"), ("GET", "/tags"), ("OPTIONS", "/domains"), ("HEAD", "/domains"), ("DELETE", "/domains/retail"),
            ("TRACE", "/domains"), ("GET", "/domains/retail/event-streams/orders/x"), ("POST", "/Domains/retail"), ("GET", "/domains/retail/EVENT-STREAMS"),
        ]);
        return new("no-route", $"{method} {path}", t.RestJson(method, path, method is "POST" or "PUT" or "PATCH" ? Utf8("{}") : null));
    }

    public static FuzzCase Admin(FuzzTarget t)
    {
        var streamArn = $"arn:aws:profile:us-east-1:{t.Account}:domains/retail/event-streams/orders";
        const string header = "X-Emulator-Admin: fuzz";
        var (what, request) = t.Random.Next(19) switch
        {
            0 => ("reset without JSON or header", Admin(t, "POST", "/reset", null, null)),
            1 => ("reset from another site", Admin(t, "POST", "/reset?seed=Demo", null, null, header, "Sec-Fetch-Site: cross-site")),
            2 => ("reset from another origin", Admin(t, "POST", "/reset", "{}", "application/json", "Origin: http://evil.example")),
            3 => ("reset with an unknown seed", Admin(t, "POST", $"/reset?seed={t.Pick(["Bogus", "demo2", "%0A", "Demo%00"])}", null, null, header)),
            4 => ("a fault as text/plain", Admin(t, "PUT", "/faults/GetDomain", "{\"ErrorRate\":1}", "text/plain")),
            5 => ("an invalid fault", Admin(t, "PUT", "/faults/GetDomain", t.Pick(["{\"ErrorRate\":2}", "{\"StatusCode\":200}", "{\"LatencyMs\":-1}", "{\"FailNext\":-2}"]), "application/json")),
            6 => ("a fault that is not JSON", Admin(t, "PUT", "/faults/GetDomain", t.Pick(["garbage", "{", "[]", "{\"ErrorRate\":\"x\"}"]), "application/json")),
            7 => ("clear faults from another origin", Admin(t, "DELETE", "/faults", null, null, header, "Origin: http://localhost.evil.example")),
            8 => ("delete a fault that is not there", Admin(t, "DELETE", "/faults/Nope", null, null, header)),
            9 => ("throttling not a boolean", Admin(t, "PUT", "/throttling", t.Pick(["{\"Enabled\":\"yes\"}", "{\"Enabled\":1}", "nope"]), "application/json")),
            10 => ("throttling from the same site", Admin(t, "PUT", "/throttling", "{\"Enabled\":true}", "application/json", "Sec-Fetch-Site: same-site")),
            11 => ("stop a stream of another partition", Admin(t, "PUT", "/event-streams/state", $"{{\"EventStreamArn\":{Quote(streamArn.Replace("arn:aws:", "arn:aws-cn:", StringComparison.Ordinal))},\"State\":\"STOPPED\"}}", "application/json")),
            12 => ("stop a stream: unknown state", Admin(t, "PUT", "/event-streams/state", $"{{\"EventStreamArn\":{Quote(streamArn)},\"State\":\"{t.Pick(["PAUSED", "stopped", ""])}\"}}", "application/json")),
            13 => ("stop a stream: ARN with a newline", Admin(t, "PUT", "/event-streams/state", $"{{\"EventStreamArn\":{Quote(streamArn + "\n")},\"State\":\"STOPPED\"}}", "application/json")),
            14 => ("health check without header", Admin(t, "POST", "/health-check", null, null)),
            15 => ("read state from another origin", Admin(t, "GET", "/state", null, null, "Origin: http://evil.example")),
            16 => ("reset counts as a form post", Admin(t, "DELETE", "/requests", "a=b", "application/x-www-form-urlencoded")),
            17 => ("reset through a dot segment", Admin(t, "POST", "/faults/%2e%2e/reset", "{}", "application/json")),
            _ => ("stop a stream that is not there", Admin(t, "PUT", "/event-streams/state", $"{{\"EventStreamArn\":{Quote(streamArn + "x")},\"State\":\"STOPPED\"}}", "application/json")),
        };
        return new("admin", what, request, Admin: true);
    }

    private static byte[] Admin(FuzzTarget t, string method, string path, string? body, string? contentType, params string[] headers) =>
        RawHttp.Request(method, "/_emulator" + path, t.Server, body is null ? null : Utf8(body), null, contentType, null, headers);

    private static byte[] Chunked(FuzzTarget t, bool awsJson, byte[] chunked)
    {
        var head = awsJson
            ? RawHttp.Request("POST", "/", t.Server, null, EmulatorServer.Authorization(t.Account, service: "kinesis"), "application/x-amz-json-1.1", null,
                $"X-Amz-Target: {KinesisPrefix}CreateStream", "Transfer-Encoding: chunked")
            : RawHttp.Request("POST", $"/domains/{t.FreshName()}", t.Server, null, EmulatorServer.Authorization(t.Account), "application/json", null, "Transfer-Encoding: chunked");
        return [.. head, .. chunked];
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
