using System.Text;
using EventStreamConsole.Emulator.Tests.Shared;

namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>
/// What the fuzz cases aim at: a baseline account with a domain holding an event stream ("retail"), a spare domain
/// without one ("spare") and a Kinesis stream ("exports"), so that a case's one defect is all that stands between it
/// and a change of state. Builds the raw requests.
/// </summary>
public sealed class FuzzTarget(Uri server, string account, Random random)
{
    public const string Region = "us-east-1";
    public const string KinesisPrefix = "Kinesis_20131202.";

    public Uri Server { get; } = server;

    public string Account { get; } = account;

    public Random Random { get; } = random;

    public string KinesisArn(string name = "exports", string partition = "aws", string region = Region, string? account = null) =>
        $"arn:{partition}:kinesis:{region}:{account ?? Account}:stream/{name}";

    public string DomainArn(string domain = "spare", string partition = "aws", string region = Region, string? account = null) =>
        $"arn:{partition}:profile:{region}:{account ?? Account}:domains/{domain}";

    /// <summary>A name no baseline resource has, so a valid call with it would create something.</summary>
    public string FreshName() => $"fz{Random.Next(1_000_000):D6}";

    /// <summary>Mostly the baseline account; sometimes an invented one, which also exercises Emulator:Limits:MaxAccountRegions.</summary>
    public string SomeAccount() => Random.Next(4) == 0 ? EmulatorServer.NewAccount() : Account;

    public byte[] RestJson(string method, string target, byte[]? body, string? authorization = null, long? contentLength = null, params string[] headers) =>
        RawHttp.Request(method, target, Server, body, authorization ?? EmulatorServer.Authorization(SomeAccount()), body is null ? null : "application/json",
            contentLength, headers);

    public byte[] AwsJson(string operation, byte[]? body, string? authorization = null, long? contentLength = null, string? target = null) =>
        RawHttp.Request("POST", "/", Server, body, authorization ?? EmulatorServer.Authorization(SomeAccount(), service: "kinesis"), "application/x-amz-json-1.1",
            contentLength, $"X-Amz-Target: {target ?? KinesisPrefix + operation}");

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public string Letters(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)('a' + Random.Next(26)));
        }

        return text.ToString();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
