namespace EventStreamConsole.Configuration;

/// <summary>What the console talks to, decided once at start.</summary>
public sealed record ConsoleBackend(bool IsEmbeddedEmulator, string Region, Uri Endpoint)
{
    /// <summary>The account the embedded emulator's demo lives in; the console signs with it as its access key id.</summary>
    public const string EmulatorAccountId = "123456789012";
}
