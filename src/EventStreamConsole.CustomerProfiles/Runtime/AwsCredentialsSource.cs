using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Turns the CustomerProfiles settings into AWSSDK.Core credentials: explicit keys, else a named profile, else none, so the
/// client uses the core's default chain (environment, shared profile including SSO, web identity, container and instance
/// roles) when it first signs; with a RoleArn, those credentials assume the role through STS (with the external id when set).
/// </summary>
public static class AwsCredentialsSource
{
    /// <summary>The credentials to sign with, or null for AWSSDK.Core's default chain.</summary>
    public static AWSCredentials? Resolve(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = ResolveSource(options);
        if (string.IsNullOrEmpty(options.RoleArn))
        {
            return source;
        }

        return new AssumeRoleAWSCredentials(source ?? new DefaultChainCredentials(), options.RoleArn, options.RoleSessionName,
            new AssumeRoleAWSCredentialsOptions { ExternalId = string.IsNullOrEmpty(options.ExternalId) ? null : options.ExternalId });
    }

    private static AWSCredentials? ResolveSource(AwsClientOptions options)
    {
        if (!string.IsNullOrEmpty(options.AccessKeyId))
        {
            return string.IsNullOrEmpty(options.SessionToken)
                ? new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey ?? "")
                : new SessionAWSCredentials(options.AccessKeyId, options.SecretAccessKey ?? "", options.SessionToken);
        }

        if (!string.IsNullOrEmpty(options.Profile))
        {
            var chain = new CredentialProfileStoreChain();
            if (chain.TryGetAWSCredentials(options.Profile, out var profileCredentials))
            {
                return profileCredentials;
            }

            throw new InvalidOperationException(
                $"AWS profile '{options.Profile}' (CustomerProfiles:Profile) was not found in the shared config or credentials files.");
        }

        return null;
    }

    /// <summary>The default chain as a source for a role, looked up at the first signature rather than at start.</summary>
    private sealed class DefaultChainCredentials : AWSCredentials
    {
        private readonly Lazy<AWSCredentials> _chain = new(() => DefaultAWSCredentialsIdentityResolver.GetCredentials());

        public override ImmutableCredentials GetCredentials() => _chain.Value.GetCredentials();

        public override Task<ImmutableCredentials> GetCredentialsAsync() => _chain.Value.GetCredentialsAsync();
    }
}
