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

    /// <summary>The destination: a Kinesis stream picked from the region's list, or an ARN pasted in.</summary>
    public string DestinationArn { get; set; } = "";

    public TagRows Tags { get; } = new();

    /// <summary>What the pre-check found for <see cref="DomainName"/>, when it has run.</summary>
    public CreatePrecheck? Precheck { get; set; }

    public string? DomainNameError => CustomerProfilesRules.DomainName(DomainName) ?? PrecheckError;

    public string? EventStreamNameError => CustomerProfilesRules.Name("Stream name", EventStreamName);

    public string? DestinationError =>
        string.IsNullOrWhiteSpace(DestinationArn)
            ? "Destination is required: pick a Kinesis stream or paste its ARN."
            : CustomerProfilesRules.DestinationUri(DestinationArn.Trim(), "Destination")
              ?? CustomerProfilesRules.DestinationLocation(DestinationArn.Trim(), Region, AccountId, "Destination");

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
