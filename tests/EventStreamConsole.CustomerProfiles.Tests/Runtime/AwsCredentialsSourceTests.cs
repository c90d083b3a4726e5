using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Runtime;

namespace EventStreamConsole.CustomerProfiles.Tests.Runtime;

public sealed class AwsCredentialsSourceTests
{
    [Fact]
    public void Resolve_Keys_SignsWithThem()
    {
        var credentials = AwsCredentialsSource.Resolve(new AwsClientOptions { Region = "us-east-1", AccessKeyId = "AKIDEXAMPLE", SecretAccessKey = "secret" });

        Assert.IsType<BasicAWSCredentials>(credentials);
    }

    [Fact]
    public void Resolve_RoleWithExternalId_AssumesTheRoleWithTheKeysAsSource()
    {
        var credentials = AwsCredentialsSource.Resolve(new AwsClientOptions
        {
            Region = "eu-west-2",
            AccessKeyId = "AKIDEXAMPLE",
            SecretAccessKey = "secret",
            RoleArn = "arn:aws:iam::210987654321:role/EventStreamConsole",
            ExternalId = "on-call-2026",
            RoleSessionName = "esc-prod",
        });

        var assumed = Assert.IsType<AssumeRoleAWSCredentials>(credentials);
        Assert.Equal("arn:aws:iam::210987654321:role/EventStreamConsole", assumed.RoleArn);
        Assert.Equal("esc-prod", assumed.RoleSessionName);
        Assert.Equal("on-call-2026", assumed.Options.ExternalId);
        Assert.IsType<BasicAWSCredentials>(assumed.SourceCredentials);
    }
}
