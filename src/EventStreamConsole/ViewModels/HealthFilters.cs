using EventStreamConsole.Aws;
using EventStreamConsole.Health;

namespace EventStreamConsole.ViewModels;

/// <summary>
/// What <c>/health</c> is narrowed to, kept in the URL (?q=&amp;inRegion=&amp;inAccount=) so a link or a reload shows the same
/// rows. The keys are not "region" and "account": those name the console's place, which <c>/health</c> does not narrow by.
/// Empty means "all".
/// </summary>
public sealed record HealthFilters(string Search = "", string Region = "", string Account = "")
{
    public const string SearchKey = "q";
    public const string RegionKey = "inRegion";
    public const string AccountKey = "inAccount";

    /// <summary>
    /// The filters an address asks for. A region or account no configured account has is dropped (the page would
    /// otherwise show nothing without saying why), with a note naming the value and the rule.
    /// </summary>
    public static (HealthFilters Filters, string? Note) Resolve(string? search, string? region, string? account, IReadOnlyList<ConsoleAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var notes = new List<string>();
        region = region?.Trim() ?? "";
        account = account?.Trim() ?? "";
        if (region.Length > 0 && !accounts.Any(a => a.Regions.Contains(region, StringComparer.Ordinal)))
        {
            notes.Add($"This console manages no region '{region}'; showing every region.");
            region = "";
        }

        if (account.Length > 0 && !accounts.Any(a => a.AccountId == account))
        {
            notes.Add($"This console manages no account '{account}'; showing every account.");
            account = "";
        }

        return (new HealthFilters(search ?? "", region, account), notes.Count == 0 ? null : string.Join(' ', notes));
    }

    /// <summary>The query parameters for these filters; an empty filter removes its parameter.</summary>
    public IReadOnlyDictionary<string, object?> ToParameters() => new Dictionary<string, object?>
    {
        [SearchKey] = Term.Length > 0 ? Search : null,
        [RegionKey] = Region.Length > 0 ? Region : null,
        [AccountKey] = Account.Length > 0 ? Account : null,
    };

    public bool Matches(HealthRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return In(row.Key.Region, row.Key.Account) && (Term.Length == 0
            || Contains(row.DomainName) || Contains(row.EventStreamName) || Contains(row.EventStreamArn)
            || Contains(row.DestinationUri) || Contains(row.Message));
    }

    public bool Matches(HealthTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return In(transition.Key.Region, transition.Key.Account) && (Term.Length == 0
            || Contains(transition.DomainName) || Contains(transition.EventStreamName) || Contains(transition.EventStreamArn)
            || Contains(transition.Message));
    }

    /// <summary>The search as matched: without the spaces around it (the field keeps them while someone types).</summary>
    public string Term => Search.Trim();

    private bool In(string region, string account) =>
        (Region.Length == 0 || region == Region) && (Account.Length == 0 || account == Account);

    private bool Contains(string? text) => text?.Contains(Term, StringComparison.OrdinalIgnoreCase) ?? false;
}
