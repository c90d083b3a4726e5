namespace EventStreamConsole.Configuration;

/// <summary>
/// One AWS account the console manages (configuration <c>Console:Accounts:N</c>): its regions, its environment label and
/// how to reach it — a named profile, or a role assumed through STS (with an external id when its trust policy asks).
/// </summary>
public sealed class AccountOptions
{
    /// <summary>What people call it ("Payments production").</summary>
    public string Name { get; set; } = "";

    public string AccountId { get; set; } = "";

    /// <summary>"production" (or "prod") puts a red banner on its pages; any other label is shown as is.</summary>
    public string Environment { get; set; } = "";

    /// <summary>Its regions; empty: Console:Regions, else CustomerProfiles:Region.</summary>
    public List<string> Regions { get; set; } = [];

    public string? Profile { get; set; }

    public string? RoleArn { get; set; }

    public string? ExternalId { get; set; }

    public string? RoleSessionName { get; set; }
}
