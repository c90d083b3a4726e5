using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Validation;

/// <summary>
/// The one set of model rules for Customer Profiles inputs (service-2.json, 2020-08-15), used by the client
/// before a call, by the emulator to answer BadRequestException, and by the console's forms as you type.
/// Each method returns null when the value is valid, else a message naming the field and the rule.
/// </summary>
public static partial class CustomerProfilesRules
{
    public const int MaxNameLength = 64;
    public const int MaxUriLength = 255;
    public const int MaxTagKeyLength = 128;
    public const int MaxTagValueLength = 256;
    public const int MaxTagsPerResource = 50;
    public const int MaxTagArnLength = 256;
    public const int MaxTokenLength = 1024;
    public const int MaxPageSize = 100;
    public const int MaxExpirationDays = 1098;

    // Every pattern ends in \z: .NET's $ also matches before a final "\n", which would let "name\n" through.
    [GeneratedRegex(@"^[a-zA-Z0-9_-]+\z")]
    private static partial Regex NamePattern();

    // The model's pattern, literally: "+-=" is a character range (U+002B..U+003D), which is what admits digits.
    [GeneratedRegex(@"^(?!aws:)[a-zA-Z+-=._:/]+\z")]
    private static partial Regex TagKeyPattern();

    [GeneratedRegex("^arn:[a-z0-9-]{1,20}:profile:")]
    private static partial Regex TagArnPattern();

    /// <summary>DomainName and EventStreamName share the model's "name" shape.</summary>
    public static string? Name(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"{field} is required.";
        }

        var length = CodePoints.Count(value);
        if (length > MaxNameLength)
        {
            return $"{field} must be at most {MaxNameLength} characters (it has {length}).";
        }

        return NamePattern().IsMatch(value)
            ? null
            : $"{field} may contain only letters, digits, hyphens (-) and underscores (_).";
    }

    public static string? DomainName(string? value) => Name("DomainName", value);

    public static string? EventStreamName(string? value) => Name("EventStreamName", value);

    /// <summary>The destination: a Kinesis Data Stream ARN (called Uri on the wire).</summary>
    public static string? DestinationUri(string? value, string field = "Uri")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{field} is required: the ARN of a Kinesis data stream.";
        }

        var length = CodePoints.Count(value);
        if (length > MaxUriLength)
        {
            return $"{field} must be at most {MaxUriLength} characters (it has {length}).";
        }

        return KinesisStreamArn.TryParse(value, out _)
            ? null
            : $"{field} must be a Kinesis data stream ARN such as arn:aws:kinesis:us-east-1:123456789012:stream/my-stream.";
    }

    /// <summary>
    /// AWS documents that the destination must be in the same region and account as the domain, and so in the
    /// region's partition. The account is checked only when it is known (a console without CustomerProfiles:AccountId
    /// does not know it).
    /// </summary>
    public static string? DestinationLocation(string? uri, string region, string? accountId, string field = "Uri")
    {
        if (uri is null || !KinesisStreamArn.TryParse(uri, out var arn))
        {
            return null;
        }

        if (!string.Equals(arn.Region, region, StringComparison.Ordinal))
        {
            return $"{field} must be a Kinesis stream in the domain's region {region}; this one is in {arn.Region}.";
        }

        var partition = AwsRegion.PartitionOf(region);
        if (partition is not null && !string.Equals(arn.Partition, partition, StringComparison.Ordinal))
        {
            return $"{field} must be an ARN of the partition '{partition}' of region {region}; this one names the partition '{arn.Partition}'.";
        }

        return string.IsNullOrEmpty(accountId) || string.Equals(arn.AccountId, accountId, StringComparison.Ordinal)
            ? null
            : $"{field} must be a Kinesis stream in the domain's account {accountId}; this one is in account {arn.AccountId}.";
    }

    public static string? TagKey(string? key, string field = "TagKey")
    {
        if (string.IsNullOrEmpty(key))
        {
            return $"{field} must not be empty.";
        }

        var length = CodePoints.Count(key);
        if (length > MaxTagKeyLength)
        {
            return $"{field} '{Shorten(key)}' must be at most {MaxTagKeyLength} characters (it has {length}).";
        }

        if (key.StartsWith("aws:", StringComparison.Ordinal))
        {
            return $"{field} '{Shorten(key)}' must not start with 'aws:', which AWS reserves for its own tags.";
        }

        return TagKeyPattern().IsMatch(key)
            ? null
            : $"{field} '{Shorten(key)}' may contain only letters, digits and + , - . / : ; < = _ (no spaces or @).";
    }

    public static string? TagValue(string key, string? value, string field = "TagValue")
    {
        if (value is null)
        {
            return $"{field} of '{Shorten(key)}' must not be null (an empty value is allowed).";
        }

        var length = CodePoints.Count(value);
        return length > MaxTagValueLength
            ? $"{field} of '{Shorten(key)}' must be at most {MaxTagValueLength} characters (it has {length})."
            : null;
    }

    /// <summary>A tag map: 1 to 50 entries, each key and value valid. <paramref name="required"/> when the member is required.</summary>
    public static IReadOnlyList<ValidationError> Tags(IReadOnlyDictionary<string, string>? tags, string field, bool required)
    {
        var errors = new List<ValidationError>();
        if (tags is null || tags.Count == 0)
        {
            if (required)
            {
                errors.Add(new(field, $"{field} must contain at least one tag."));
            }

            return errors;
        }

        if (tags.Count > MaxTagsPerResource)
        {
            errors.Add(new(field, $"{field} must contain at most {MaxTagsPerResource} tags (it has {tags.Count})."));
        }

        foreach (var (key, value) in tags)
        {
            AddIfInvalid(errors, field, TagKey(key, $"{field} key"));
            AddIfInvalid(errors, field, TagValue(key, value, $"{field} value"));
        }

        return errors;
    }

    public static IReadOnlyList<ValidationError> TagKeys(IReadOnlyCollection<string>? keys, string field = "tagKeys")
    {
        var errors = new List<ValidationError>();
        if (keys is null || keys.Count == 0)
        {
            errors.Add(new(field, $"{field} must name at least one tag key."));
            return errors;
        }

        if (keys.Count > MaxTagsPerResource)
        {
            errors.Add(new(field, $"{field} must name at most {MaxTagsPerResource} keys (it has {keys.Count})."));
        }

        foreach (var key in keys)
        {
            AddIfInvalid(errors, field, TagKey(key, $"{field} entry"));
        }

        return errors;
    }

    /// <summary>The model's TagArn, with prefix semantics (see spec §10: the Smithy "$" cannot be meant).</summary>
    public static string? ResourceArn(string? value, string field = "resourceArn")
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"{field} is required.";
        }

        var length = CodePoints.Count(value);
        if (length > MaxTagArnLength)
        {
            return $"{field} must be at most {MaxTagArnLength} characters (it has {length}).";
        }

        return TagArnPattern().IsMatch(value)
            ? null
            : $"{field} must be a Customer Profiles ARN (arn:aws:profile:region:account:...).";
    }

    public static string? MaxResults(int? value, string field = "MaxResults") =>
        value is null or (>= 1 and <= MaxPageSize) ? null : $"{field} must be between 1 and {MaxPageSize} (it was {value}).";

    public static string? NextToken(string? value, string field = "NextToken") =>
        value is null || CodePoints.Count(value) is >= 1 and <= MaxTokenLength
            ? null
            : $"{field} must be 1 to {MaxTokenLength} characters long.";

    public static string? ExpirationDays(int value, string field = "DefaultExpirationDays") =>
        value is >= 1 and <= MaxExpirationDays ? null : $"{field} must be between 1 and {MaxExpirationDays} days (it was {value}).";

    public static string? MaxLength(string field, string? value, int max) =>
        value is not null && CodePoints.Count(value) is var length && length > max ? $"{field} must be at most {max} characters (it has {length})." : null;

    public static void AddIfInvalid(List<ValidationError> errors, string field, string? message)
    {
        if (message is not null)
        {
            errors.Add(new ValidationError(field, message));
        }
    }

    private static string Shorten(string value)
    {
        if (value.Length <= 40)
        {
            return value;
        }

        // Cut between code points, never inside a surrogate pair.
        var cut = char.IsHighSurrogate(value[36]) ? 36 : 37;
        return string.Concat(value.AsSpan(0, cut), "...");
    }
}
