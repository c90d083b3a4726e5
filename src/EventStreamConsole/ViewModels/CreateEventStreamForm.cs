using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Service;

namespace EventStreamConsole.ViewModels;

/// <summary>The create dialog's fields and every rule that applies to them, shared with the client and emulator.</summary>
public sealed class CreateEventStreamForm(string region, string accountId)
{
    public string Region { get; } = region;

    public string AccountId { get; } = accountId;

    public string DomainName { get; set; } = "";

    public string EventStreamName { get; set; } = "";

    /// <summary>The destination as typed: a Kinesis stream picked from the region's list, its name, or an ARN pasted in.</summary>
    public string DestinationArn { get; set; } = "";

    /// <summary>The region's Kinesis streams, once read; null while loading or when they could not be listed (then the
    /// destination is checked by its form only, and AWS answers the rest).</summary>
    public IReadOnlyList<KinesisStreamOption>? KinesisStreams { get; set; }

    /// <summary>The ARN to send: the typed ARN, or the ARN of the region's stream whose name was typed.</summary>
    public string ResolvedDestinationArn
    {
        get
        {
            var text = DestinationArn.Trim();
            return text.StartsWith("arn:", StringComparison.Ordinal)
                ? text
                : KinesisStreams?.FirstOrDefault(s => string.Equals(s.Name, text, StringComparison.Ordinal))?.Arn ?? text;
        }
    }

    public TagRows Tags { get; } = new();

    /// <summary>What the pre-check found for <see cref="DomainName"/>, when it has run.</summary>
    public CreatePrecheck? Precheck { get; set; }

    public string? DomainNameError => CustomerProfilesRules.DomainName(DomainName) ?? PrecheckError;

    public string? EventStreamNameError => CustomerProfilesRules.Name("Stream name", EventStreamName);

    public string? DestinationError
    {
        get
        {
            if (string.IsNullOrWhiteSpace(DestinationArn))
            {
                return "Destination is required: pick a Kinesis stream or paste its ARN.";
            }

            var arn = ResolvedDestinationArn;
            if (!arn.StartsWith("arn:", StringComparison.Ordinal) && KinesisStreams is not null)
            {
                return $"Destination: no Kinesis stream in {Region} is named '{arn}'. Pick one from the list or paste the ARN of a stream.";
            }

            return CustomerProfilesRules.DestinationUri(arn, "Destination")
                   ?? CustomerProfilesRules.DestinationLocation(arn, Region, AccountId, "Destination")
                   ?? ListedStreamError(arn);
        }
    }

    /// <summary>Set when the destination is not usable by what the region's list says (AWS would refuse it on submit).</summary>
    private string? ListedStreamError(string arn)
    {
        if (KinesisStreams is null || !KinesisStreamArn.TryParse(arn, out var parsed))
        {
            return null;
        }

        var listed = KinesisStreams.FirstOrDefault(s => string.Equals(s.Arn, arn, StringComparison.Ordinal));
        return listed switch
        {
            null => $"Destination: there is no Kinesis stream '{parsed.StreamName}' in {Region}. Create it in Kinesis first, or pick one from the list.",
            { Status: "ACTIVE" or "UPDATING" } => null,
            _ => $"Destination: Kinesis stream '{listed.Name}' is {listed.Status}; it must be ACTIVE to receive events.",
        };
    }

    public bool IsValid => DomainNameError is null && EventStreamNameError is null && DestinationError is null && Tags.IsValid && Precheck is not null;

    /// <summary>Why Create cannot be pressed yet, in words; null when it can.</summary>
    public string? Blocker =>
        DomainNameError ?? EventStreamNameError ?? DestinationError
        ?? (Tags.IsValid ? null : Tags.ListError ?? "A tag above needs fixing.")
        ?? (Precheck is null ? "Checking the domain…" : null);

    private string? PrecheckError => Precheck switch
    {
        { DomainExists: false } => $"Domain '{DomainName}' does not exist in {Region}.",
        { ExistingStreamName: { } existing } =>
            $"Domain '{DomainName}' already has the event stream '{existing}'. AWS allows one event stream per domain (a quota that cannot be raised); delete it first.",
        _ => null,
    };
}
