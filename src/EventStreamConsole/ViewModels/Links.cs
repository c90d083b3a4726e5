namespace EventStreamConsole.ViewModels;

/// <summary>
/// The console's addresses, with every label escaped. <c>account</c> is given for an account other than the default one
/// (null or empty: the default account, and the address stays short).
/// </summary>
public static class Links
{
    public static string Home(string region, string? account = null) => $"/?region={Uri.EscapeDataString(region)}{AccountPart(account)}";

    public static string Domain(string region, string domain, string? account = null) =>
        $"/domains/{Uri.EscapeDataString(domain)}?region={Uri.EscapeDataString(region)}{AccountPart(account)}";

    public static string Stream(string region, string domain, string stream, string? account = null) =>
        $"/domains/{Uri.EscapeDataString(domain)}/streams/{Uri.EscapeDataString(stream)}?region={Uri.EscapeDataString(region)}{AccountPart(account)}";

    /// <summary>A stream of the (account, region) <paramref name="at"/>; the account is left out when it is <paramref name="defaultAccount"/>.</summary>
    public static string Stream(Inventory.InventoryKey at, string defaultAccount, string domain, string stream) =>
        Stream(at.Region, domain, stream, AccountParameter(at.Account, defaultAccount));

    /// <summary>A bulk job's page: its progress while it runs, its report after.</summary>
    public static string BulkJob(string jobId) => $"/changes/{Uri.EscapeDataString(jobId)}";

    /// <summary>The audit entries of one operation (a bulk job, a change of destination).</summary>
    public static string AuditOperation(string operationId) => $"/audit?operation={Uri.EscapeDataString(operationId)}";

    /// <summary>The account to put in an address: null for the default account.</summary>
    public static string? AccountParameter(string account, string defaultAccount) => account.Length == 0 || account == defaultAccount ? null : account;

    private static string AccountPart(string? account) => string.IsNullOrEmpty(account) ? "" : $"&account={Uri.EscapeDataString(account)}";
}
