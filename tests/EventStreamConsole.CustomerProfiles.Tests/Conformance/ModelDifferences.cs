using static EventStreamConsole.CustomerProfiles.Tests.Conformance.DifferenceKind;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// THE reviewed list of every way our client differs from AWS's models, SDK and endpoint rules. A judge fails on any
/// difference not listed here, and on any line here that no longer matches a difference, so drift is never silent.
/// One line per difference (case ids: service:Operation.member.path:case; '*' any text, '(a|b)' either).
/// </summary>
public static class ModelDifferences
{
    /// <summary>The botocore whose models this list was reviewed against; a newer one may show drift, which is the point.</summary>
    public const string ReviewedAgainst = "1.43.11";

    /// <summary>Older botocore releases carry older models (Debian bookworm's python3-botocore is 1.29) and are refused as judges.</summary>
    public static readonly Version OldestJudge = new(1, 43);

    public static IReadOnlyList<Difference> All { get; } =
    [
        // members: input members the model has and our request types do not (the console never sets them).
        new("members", "customer-profiles:CreateDomain.(Matching|RuleBasedMatching|DataStore)", ByDesign, "identity resolution and the data store are not managed by this console; domains are created with their defaults"),
        new("members", "kinesis:(DescribeStreamSummary|DeleteStream).StreamId", ByDesign, "streams are addressed by name or ARN; StreamId only picks an account-scoped endpoint (see endpoints)"),
        new("members", "kinesis:CreateStream.(Tags|WarmThroughputMiBps|MaxRecordSizeInKiB)", ByDesign, "the console creates a plain destination stream; tags, warm throughput and record size stay at Kinesis's defaults"),

        // constraints: our shared validation rules vs the model's min/max/pattern/enum/required.
        new("constraints", "customer-profiles:CreateEventStream.Uri:len=*", ByDesign, "the model's Uri is any 1-255 character string; we accept only a Kinesis data stream ARN, the one destination type the console offers"),
        new("constraints", "customer-profiles:(CreateEventStream|CreateDomain).Tags:count=min-1", ByDesign, "an empty optional tag map means 'no tags': the client leaves it out of the request instead of sending the {} the model's min 1 forbids"),
        new("constraints", "customer-profiles:*.resourceArn:partition=*", ByDesign, "the model's ^arn:[a-z0-9]{1,10}:profile refuses every partition with a hyphen (aws-us-gov, aws-cn, aws-iso-b), whose domains are real; ours takes [a-z0-9-]{1,20}"),
        new("constraints", "customer-profiles:*.resourceArn:service=profiles", ByDesign, "the model's prefix pattern also takes arn:aws:profiles:...; ours requires the service field to be exactly profile (arn:...:profile:)"),
        new("constraints", "kinesis:*StreamName:pattern:*", ByDesign, "the model's [a-zA-Z0-9_.-]+ is unanchored (a Smithy pattern may match anywhere), so ' orders' passes it; Kinesis rejects such names and we match the whole name"),
        new("constraints", "kinesis:*StreamName:len=max:emoji", ByDesign, "128 emoji plus a valid name pass the unanchored model pattern; the whole name must match ours (and Kinesis's)"),
        new("constraints", "kinesis:*.StreamARN:len=max*", ByDesign, "the model allows any 2048-character text around arn:aws*:kinesis:...; we accept only a well-formed stream ARN (stream name at most 128 of [a-zA-Z0-9_.-])"),
        new("constraints", "kinesis:*.StreamARN:pattern:(leading-space|trailing-space|trailing-newline|non-ascii-letter|emoji)", ByDesign, "the model's StreamARN pattern is unanchored and ends in \\S+; we accept only a well-formed stream ARN, nothing around it"),

        // request-bytes: our requests vs botocore's serializer for the same input.
        new("request-bytes", "customer-profiles:CreateEventStream/empty-tags:body", ByDesign, "botocore sends the empty map as \"Tags\":{} (which the model's min 1 forbids, so AWS refuses it); we leave an empty tag map out"),

        // endpoints (our endpoint resolution vs the rule sets evaluated by botocore) and paginators (ours vs
        // paginators-1.json): no differences.
    ];
}
