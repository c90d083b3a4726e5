using System.Text.RegularExpressions;

namespace EventStreamConsole.Emulator.Operations;

/// <summary>The four ways to name a KMS key that StartStreamEncryption accepts: key id, key ARN, alias name, alias ARN.</summary>
public static partial class KmsKeyIdentifier
{
    public static bool IsWellFormed(string keyId) => Shape().IsMatch(keyId);

    [GeneratedRegex(@"^(?:(?:mrk-[0-9a-f]{32})|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|alias/[A-Za-z0-9/_-]{1,250}|arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(?:key/(?:mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|alias/[A-Za-z0-9/_-]{1,250}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
