namespace EventStreamConsole.Authentication;

/// <summary>How people sign in (setting <c>Auth:Mode</c>).</summary>
public enum AuthMode
{
    /// <summary>Microsoft Entra ID through Microsoft.Identity.Web; the default whenever <c>AzureAd:ClientId</c> is set.</summary>
    EntraId,

    /// <summary>A local administrator, signed in automatically; only with the embedded emulator on a loopback address.</summary>
    Local,

    /// <summary>No sign-in at all: everyone who reaches the console is an administrator. Explicit opt-in only.</summary>
    Unsecured,
}
