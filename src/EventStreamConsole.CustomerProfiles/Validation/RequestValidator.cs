using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis.Model;
using static EventStreamConsole.CustomerProfiles.Validation.CustomerProfilesRules;

namespace EventStreamConsole.CustomerProfiles.Validation;

/// <summary>Checks each request against the model before it is sent, so a bad input costs no API call.</summary>
public static class RequestValidator
{
    /// <summary>Kinesis's NextToken: 1 to 1 MiB characters (service-2.json, 2013-12-02).</summary>
    public const int MaxKinesisTokenLength = 1048576;

    public static IReadOnlyList<ValidationError> Validate(CreateEventStreamRequest request)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "DomainName", DomainName(request.DomainName));
        AddIfInvalid(errors, "EventStreamName", EventStreamName(request.EventStreamName));
        AddIfInvalid(errors, "Uri", DestinationUri(request.Uri));
        errors.AddRange(Tags(request.Tags, "Tags", required: false));
        return errors;
    }

    public static IReadOnlyList<ValidationError> Validate(string domainName, string eventStreamName)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "DomainName", DomainName(domainName));
        AddIfInvalid(errors, "EventStreamName", EventStreamName(eventStreamName));
        return errors;
    }

    public static IReadOnlyList<ValidationError> Validate(ListEventStreamsRequest request)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "DomainName", DomainName(request.DomainName));
        AddIfInvalid(errors, "MaxResults", MaxResults(request.MaxResults));
        AddIfInvalid(errors, "NextToken", NextToken(request.NextToken));
        return errors;
    }

    public static IReadOnlyList<ValidationError> Validate(ListDomainsRequest request)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "MaxResults", MaxResults(request.MaxResults));
        AddIfInvalid(errors, "NextToken", NextToken(request.NextToken));
        return errors;
    }

    public static IReadOnlyList<ValidationError> Validate(CreateDomainRequest request)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "DomainName", DomainName(request.DomainName));
        AddIfInvalid(errors, "DefaultExpirationDays", ExpirationDays(request.DefaultExpirationDays ?? 0));
        AddIfInvalid(errors, "DefaultEncryptionKey", MaxLength("DefaultEncryptionKey", request.DefaultEncryptionKey, 255));
        AddIfInvalid(errors, "DeadLetterQueueUrl", MaxLength("DeadLetterQueueUrl", request.DeadLetterQueueUrl, 255));
        errors.AddRange(Tags(request.Tags, "Tags", required: false));
        return errors;
    }

    public static IReadOnlyList<ValidationError> Validate(TagResourceRequest request)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "resourceArn", ResourceArn(request.ResourceArn));
        errors.AddRange(Tags(request.Tags, "tags", required: true));
        return errors;
    }

    public static IReadOnlyList<ValidationError> Validate(UntagResourceRequest request)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "resourceArn", ResourceArn(request.ResourceArn));
        errors.AddRange(TagKeys(request.TagKeys));
        return errors;
    }

    public static IReadOnlyList<ValidationError> ValidateDomainName(string domainName)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "DomainName", DomainName(domainName));
        return errors;
    }

    public static IReadOnlyList<ValidationError> ValidateStreamName(string streamName)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "StreamName", KinesisStreamArn.ValidateStreamName(streamName));
        return errors;
    }

    /// <summary>CreateStream: the name, ShardCount of at least 1 when set, and a mode when StreamModeDetails is given.</summary>
    public static IReadOnlyList<ValidationError> Validate(CreateStreamRequest request)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "StreamName", KinesisStreamArn.ValidateStreamName(request.StreamName));
        if (request.ShardCount is < 1)
        {
            errors.Add(new("ShardCount", $"ShardCount must be at least 1 (it was {request.ShardCount})."));
        }

        if (request.StreamModeDetails is { StreamMode: null })
        {
            errors.Add(new("StreamModeDetails", "StreamModeDetails.StreamMode is required: PROVISIONED or ON_DEMAND."));
        }

        return errors;
    }

    public static IReadOnlyList<ValidationError> ValidateResourceArn(string resourceArn)
    {
        var errors = new List<ValidationError>();
        AddIfInvalid(errors, "resourceArn", ResourceArn(resourceArn));
        return errors;
    }

    public static IReadOnlyList<ValidationError> Validate(ListStreamsRequest request)
    {
        var errors = new List<ValidationError>();
        if (request.Limit is < 1 or > 10000)
        {
            errors.Add(new("Limit", $"Limit must be between 1 and 10000 (it was {request.Limit})."));
        }

        if (request.NextToken is { Length: 0 or > MaxKinesisTokenLength })
        {
            errors.Add(new("NextToken", $"NextToken must be 1 to {MaxKinesisTokenLength} characters long."));
        }

        if (request.ExclusiveStartStreamName is not null)
        {
            AddIfInvalid(errors, "ExclusiveStartStreamName", KinesisStreamArn.ValidateStreamName(request.ExclusiveStartStreamName, "ExclusiveStartStreamName"));
        }

        return errors;
    }

    public static IReadOnlyList<ValidationError> ValidateStreamTarget(string? streamName, string? streamArn)
    {
        var errors = new List<ValidationError>();
        if (streamName is null && streamArn is null)
        {
            errors.Add(new("StreamName", "StreamName or StreamARN is required."));
        }
        else if (streamArn is not null && !KinesisStreamArn.TryParse(streamArn, out _))
        {
            errors.Add(new("StreamARN", "StreamARN must be a Kinesis data stream ARN."));
        }
        else if (streamName is not null)
        {
            AddIfInvalid(errors, "StreamName", KinesisStreamArn.ValidateStreamName(streamName));
        }

        return errors;
    }

    public static void ThrowIfInvalid(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}
