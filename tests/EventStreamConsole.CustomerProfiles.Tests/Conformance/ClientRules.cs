using System.Text.Json.Nodes;
using EventStreamConsole.CustomerProfiles.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// ADAPTER (rewire when the rules change): asks our shared validation rules (the public API the client, the
/// emulator and the console's forms use) what they think of a model-shaped input. Returns the broken rules; an empty
/// list means the input is accepted. Each operation is checked with the rules its client method applies.
/// </summary>
public static class ClientRules
{
    public static IReadOnlyList<string> Refusals(string service, string operation, JsonObject input)
    {
        var errors = ClientInputs.ToRequest(service, operation, input) switch
        {
            CreateEventStreamRequest r => RequestValidator.Validate(r),
            GetEventStreamRequest r => RequestValidator.Validate(r.DomainName, r.EventStreamName),
            DeleteEventStreamRequest r => RequestValidator.Validate(r.DomainName, r.EventStreamName),
            ListEventStreamsRequest r => RequestValidator.Validate(r),
            TagResourceRequest r => RequestValidator.Validate(r),
            UntagResourceRequest r => RequestValidator.Validate(r),
            ListTagsForResourceRequest r => RequestValidator.ValidateResourceArn(r.ResourceArn),
            ListDomainsRequest r => RequestValidator.Validate(r),
            GetDomainRequest r => RequestValidator.ValidateDomainName(r.DomainName),
            CreateDomainRequest r => RequestValidator.Validate(r),
            ListStreamsRequest r => RequestValidator.Validate(r),
            DescribeStreamSummaryRequest r => RequestValidator.ValidateStreamTarget(r.StreamName, r.StreamArn),
            CreateStreamRequest r => RequestValidator.Validate(r),
            DeleteStreamRequest r => RequestValidator.ValidateStreamTarget(r.StreamName, r.StreamArn),
            var other => throw new NotSupportedException(other.GetType().Name),
        };
        return errors.Select(e => e.Message).ToList();
    }
}
