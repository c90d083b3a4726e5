using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Validation;

/// <summary>A parsed <c>arn:{partition}:kinesis:{region}:{account}:stream/{name}</c>.</summary>
public sealed partial record KinesisStreamArn(string Partition, string Region, string AccountId, string StreamName)
{
    public const int MaxStreamNameLength = 128;

    // \z, not $ (which also matches before a final "\n"); [0-9], not \d (which matches every Unicode digit).
    [GeneratedRegex(@"^arn:(aws[a-z-]*):kinesis:([a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}):([0-9]{12}):stream/([a-zA-Z0-9_.-]{1,128})\z")]
    private static partial Regex ArnPattern();

    [GeneratedRegex(@"^[a-zA-Z0-9_.-]+\z")]
    private static partial Regex StreamNamePattern();

    public static bool TryParse(string? value, [NotNullWhen(true)] out KinesisStreamArn? arn)
    {
        arn = null;
        if (value is null)
        {
            return false;
        }

        var match = ArnPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        arn = new KinesisStreamArn(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value);
        return true;
    }

    public static string Format(string region, string accountId, string streamName, string partition = "aws") =>
        $"arn:{partition}:kinesis:{region}:{accountId}:stream/{streamName}";

    /// <summary>Kinesis's StreamName rule: 1 to 128 of letters, digits, '_', '.', '-'.</summary>
    public static string? ValidateStreamName(string? value, string field = "StreamName")
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"{field} is required.";
        }

        var length = CodePoints.Count(value);
        if (length > MaxStreamNameLength)
        {
            return $"{field} must be at most {MaxStreamNameLength} characters (it has {length}).";
        }

        return StreamNamePattern().IsMatch(value)
            ? null
            : $"{field} may contain only letters, digits, underscores (_), periods (.) and hyphens (-).";
    }

    public override string ToString() => Format(Region, AccountId, StreamName, Partition);
}
