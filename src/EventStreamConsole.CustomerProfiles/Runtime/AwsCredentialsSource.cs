using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Resolves the credentials to sign with: explicit keys, else a named profile, else AWS's default chain
/// (environment, shared profile including SSO, web identity, container and instance roles); with a RoleArn, those
/// credentials assume the role through STS (with the external id when one is set).
/// </summary>
public static class AwsCredentialsSource
{
    public static AWSCredentials Resolve(AwsClientOptions options)
    {
        var source = ResolveSource(options);
        return string.IsNullOrEmpty(options.RoleArn)
            ? source
            : new AssumeRoleAWSCredentials(source, options.RoleArn, options.RoleSessionName,
                new AssumeRoleAWSCredentialsOptions { ExternalId = string.IsNullOrEmpty(options.ExternalId) ? null : options.ExternalId });
    }

    private static AWSCredentials ResolveSource(AwsClientOptions options)
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

        return DefaultAWSCredentialsIdentityResolver.GetCredentials();
    }
}
