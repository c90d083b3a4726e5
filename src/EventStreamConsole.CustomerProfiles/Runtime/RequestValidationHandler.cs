using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis.Model;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Runs before the marshaller and checks each request against the shared model rules, so a bad input costs no API
/// call and reads the same as in the UI. The SDK's own marshallers only check that required members are set.
/// </summary>
public sealed class RequestValidationHandler : PipelineHandler
{
    public override void InvokeSync(IExecutionContext executionContext)
    {
        Validate(executionContext);
        base.InvokeSync(executionContext);
    }

    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        Validate(executionContext);
        return base.InvokeAsync<T>(executionContext);
    }

    public static IReadOnlyList<ValidationError> Validate(AmazonWebServiceRequest request) => request switch
    {
        CreateEventStreamRequest r => RequestValidator.Validate(r),
        GetEventStreamRequest r => RequestValidator.Validate(r.DomainName ?? "", r.EventStreamName ?? ""),
        DeleteEventStreamRequest r => RequestValidator.Validate(r.DomainName ?? "", r.EventStreamName ?? ""),
        ListEventStreamsRequest r => RequestValidator.Validate(r),
        TagResourceRequest r => RequestValidator.Validate(r),
        UntagResourceRequest r => RequestValidator.Validate(r),
        ListTagsForResourceRequest r => RequestValidator.ValidateResourceArn(r.ResourceArn ?? ""),
        ListDomainsRequest r => RequestValidator.Validate(r),
        GetDomainRequest r => RequestValidator.ValidateDomainName(r.DomainName ?? ""),
        CreateDomainRequest r => RequestValidator.Validate(r),
        ListStreamsRequest r => RequestValidator.Validate(r),
        DescribeStreamSummaryRequest r => RequestValidator.ValidateStreamTarget(r.StreamName, r.StreamARN),
        DeleteStreamRequest r => RequestValidator.ValidateStreamTarget(r.StreamName, r.StreamARN),
        CreateStreamRequest r => RequestValidator.Validate(r),
        _ => [],
    };

    private static void Validate(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        RequestValidator.ThrowIfInvalid(Validate(executionContext.RequestContext.OriginalRequest));
    }
}
