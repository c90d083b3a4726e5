namespace EventStreamConsole.Model;

/// <summary>The console's addresses, with every label escaped.</summary>
public static class Links
{
    public static string Home(string region) => $"/?region={Uri.EscapeDataString(region)}";

    public static string Domain(string region, string domain) => $"/domains/{Uri.EscapeDataString(domain)}?region={Uri.EscapeDataString(region)}";

    public static string Stream(string region, string domain, string stream) =>
        $"/domains/{Uri.EscapeDataString(domain)}/streams/{Uri.EscapeDataString(stream)}?region={Uri.EscapeDataString(region)}";
}
