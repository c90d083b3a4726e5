using System.Text.Json.Nodes;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// Every operation our client uses (the methods of IAmazonCustomerProfiles and IAmazonKinesis), each with an input
/// that sets every member our client supports to a value valid by the model. The model judges check that each
/// value is valid and that every model member is either here or named in <see cref="ModelDifferences"/>.
/// </summary>
public static class FullInputs
{
    public const string StreamArn = "arn:aws:kinesis:us-east-1:123456789012:stream/orders";
    public const string DomainArn = "arn:aws:profile:us-east-1:123456789012:domains/retail";
    public const string EventStreamArn = DomainArn + "/event-streams/orders-export";

    public static IReadOnlyList<(string Service, string Operation, string Input)> All { get; } =
    [
        ("customer-profiles", "CreateEventStream", $$$"""{"DomainName":"retail","EventStreamName":"orders-export","Uri":"{{{StreamArn}}}","Tags":{"team":"data"}}"""),
        ("customer-profiles", "GetEventStream", """{"DomainName":"retail","EventStreamName":"orders-export"}"""),
        ("customer-profiles", "ListEventStreams", """{"DomainName":"retail","MaxResults":10,"NextToken":"page2"}"""),
        ("customer-profiles", "DeleteEventStream", """{"DomainName":"retail","EventStreamName":"orders-export"}"""),
        ("customer-profiles", "TagResource", $$$"""{"resourceArn":"{{{EventStreamArn}}}","tags":{"team":"data"}}"""),
        ("customer-profiles", "UntagResource", $$$"""{"resourceArn":"{{{EventStreamArn}}}","tagKeys":["team","cost"]}"""),
        ("customer-profiles", "ListTagsForResource", $$$"""{"resourceArn":"{{{EventStreamArn}}}"}"""),
        ("customer-profiles", "ListDomains", """{"MaxResults":10,"NextToken":"page2"}"""),
        ("customer-profiles", "GetDomain", """{"DomainName":"retail"}"""),
        ("customer-profiles", "CreateDomain", """
            {"DomainName":"retail","DefaultExpirationDays":366,
             "DefaultEncryptionKey":"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
             "DeadLetterQueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/profiles-dlq","Tags":{"team":"data"}}
            """),
        ("kinesis", "ListStreams", """{"Limit":10,"ExclusiveStartStreamName":"orders","NextToken":"page2"}"""),
        ("kinesis", "DescribeStreamSummary", $$$"""{"StreamName":"orders","StreamARN":"{{{StreamArn}}}"}"""),
        ("kinesis", "CreateStream", """{"StreamName":"orders","ShardCount":2,"StreamModeDetails":{"StreamMode":"PROVISIONED"}}"""),
        ("kinesis", "DeleteStream", $$$"""{"StreamName":"orders","StreamARN":"{{{StreamArn}}}","EnforceConsumerDeletion":true}"""),
    ];

    public static JsonObject Of(string service, string operation) =>
        JsonNode.Parse(All.Single(i => i.Service == service && i.Operation == operation).Input)!.AsObject();
}
