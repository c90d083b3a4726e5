using System.Text.Json.Nodes;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>One input for the request-bytes and SigV4 judges: an operation and its model-shaped parameters.</summary>
public sealed record RequestCase(string Name, string Service, string Operation, string Params)
{
    public string Id => $"{Service}:{Operation}/{Name}";

    public JsonObject Input => JsonNode.Parse(Params)!.AsObject();
}

/// <summary>
/// The table the request judges send through our client and through botocore: ARNs with ':' and '/', other
/// partitions, unicode tag keys and values, repeated tagKeys, empty optional members, MaxResults/NextToken with
/// characters that need encoding, and every Kinesis operation by name and by ARN.
/// </summary>
public static class RequestCases
{
    private const string Arn = FullInputs.EventStreamArn;
    private const string Unicode = """{"team":"data ✓","owner:name":"Zoë 😀","cost/center":"a+b=c & d","empty":""}""";

    public static IReadOnlyList<RequestCase> All { get; } =
    [
        new("minimal", "customer-profiles", "CreateEventStream", $$"""{"DomainName":"retail","EventStreamName":"orders-export","Uri":"{{FullInputs.StreamArn}}"}"""),
        new("unicode-tags", "customer-profiles", "CreateEventStream", $$$"""{"DomainName":"retail","EventStreamName":"orders-export","Uri":"{{{FullInputs.StreamArn}}}","Tags":{{{Unicode}}}}"""),
        new("empty-tags", "customer-profiles", "CreateEventStream", $$$"""{"DomainName":"retail","EventStreamName":"orders-export","Uri":"{{{FullInputs.StreamArn}}}","Tags":{}}"""),
        new("names", "customer-profiles", "GetEventStream", """{"DomainName":"retail_EU-1","EventStreamName":"orders_2-x"}"""),
        new("names", "customer-profiles", "DeleteEventStream", """{"DomainName":"retail_EU-1","EventStreamName":"orders_2-x"}"""),
        new("first-page", "customer-profiles", "ListEventStreams", """{"DomainName":"retail"}"""),
        new("paged", "customer-profiles", "ListEventStreams", """{"DomainName":"retail","MaxResults":100,"NextToken":"AAE/x+y=z=="}"""),
        new("stream-arn-unicode-tags", "customer-profiles", "TagResource", $$$"""{"resourceArn":"{{{Arn}}}","tags":{{{Unicode}}}}"""),
        new("gov-domain-arn", "customer-profiles", "TagResource", """{"resourceArn":"arn:aws-us-gov:profile:us-gov-west-1:123456789012:domains/retail","tags":{"a":"b"}}"""),
        new("repeated-keys", "customer-profiles", "UntagResource", $$"""{"resourceArn":"{{Arn}}","tagKeys":["team","owner:name","cost/center","a+b=c","team.sub_1"]}"""),
        new("one-key", "customer-profiles", "UntagResource", """{"resourceArn":"arn:aws-cn:profile:cn-north-1:123456789012:domains/retail","tagKeys":["team"]}"""),
        new("stream-arn", "customer-profiles", "ListTagsForResource", $$"""{"resourceArn":"{{Arn}}"}"""),
        new("first-page", "customer-profiles", "ListDomains", "{}"),
        new("paged", "customer-profiles", "ListDomains", """{"MaxResults":1,"NextToken":"tok en/é+=~*"}"""),
        new("name", "customer-profiles", "GetDomain", """{"DomainName":"retail_EU-1"}"""),
        new("minimal", "customer-profiles", "CreateDomain", """{"DomainName":"retail","DefaultExpirationDays":1}"""),
        new("full-unicode-tags", "customer-profiles", "CreateDomain", $$$"""
            {"DomainName":"retail","DefaultExpirationDays":1098,"DefaultEncryptionKey":"arn:aws:kms:us-east-1:123456789012:key/1234abcd",
             "DeadLetterQueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/dlq","Tags":{{{Unicode}}}}
            """),
        new("empty-optional-strings", "customer-profiles", "CreateDomain", """{"DomainName":"retail","DefaultExpirationDays":366,"DefaultEncryptionKey":"","DeadLetterQueueUrl":""}"""),
        new("empty", "kinesis", "ListStreams", "{}"),
        new("limit-and-start", "kinesis", "ListStreams", """{"Limit":10000,"ExclusiveStartStreamName":"orders.v2"}"""),
        new("next-token", "kinesis", "ListStreams", """{"NextToken":"AAAA/+==é"}"""),
        new("by-name", "kinesis", "DescribeStreamSummary", """{"StreamName":"orders"}"""),
        new("by-arn", "kinesis", "DescribeStreamSummary", $$"""{"StreamARN":"{{FullInputs.StreamArn}}"}"""),
        new("name-only", "kinesis", "CreateStream", """{"StreamName":"orders"}"""),
        new("provisioned", "kinesis", "CreateStream", """{"StreamName":"orders","ShardCount":1,"StreamModeDetails":{"StreamMode":"PROVISIONED"}}"""),
        new("on-demand", "kinesis", "CreateStream", """{"StreamName":"orders","StreamModeDetails":{"StreamMode":"ON_DEMAND"}}"""),
        new("by-name-keep-consumers", "kinesis", "DeleteStream", """{"StreamName":"orders","EnforceConsumerDeletion":false}"""),
        new("by-arn", "kinesis", "DeleteStream", $$"""{"StreamARN":"{{FullInputs.StreamArn}}","EnforceConsumerDeletion":true}"""),
    ];

    /// <summary>Sends every case through our client to a loopback server; null where the client refused the input.</summary>
    public static async Task<IReadOnlyList<CapturedRequest?>> SendThroughOurClientAsync(LoopbackServer server, string? sessionToken, CancellationToken cancellationToken)
    {
        using var client = new ClientUnderTest(server.Url, sessionToken);
        var captured = new List<CapturedRequest?>();
        foreach (var c in All)
        {
            server.Clear();
            try
            {
                await client.InvokeAsync(c.Service, c.Operation, c.Input, cancellationToken);
            }
            catch (Exception ex) when (ClientUnderTest.IsValidationRefusal(ex))
            {
                captured.Add(null);
                continue;
            }

            captured.Add(Assert.Single(server.Requests));
        }

        return captured;
    }
}
