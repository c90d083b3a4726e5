using EventStreamConsole.Configuration;
using EventStreamConsole.CustomerProfiles;

namespace EventStreamConsole.Tests.Configuration;

/// <summary>Every configuration mistake is reported with the key to change.</summary>
public sealed class AwsClientOptionsValidatorTests
{
    private readonly AwsClientOptionsValidator _validator = new();

    [Fact]
    public void Validate_RegionOnly_Succeeds() =>
        Assert.True(_validator.Validate(null, new AwsClientOptions { Region = "eu-west-2" }).Succeeded);

    [Theory]
    [InlineData(null, "CustomerProfiles:Region is required")]
    [InlineData("Frankfurt", "CustomerProfiles:Region 'Frankfurt' is not an AWS region name")]
    public void Validate_BadRegion_NamesKey(string? region, string expected) =>
        Assert.Contains(expected, Failures(new AwsClientOptions { Region = region }), StringComparison.Ordinal);

    [Fact]
    public void Validate_RelativeServiceUrl_NamesKey() =>
        Assert.Contains("CustomerProfiles:ServiceUrl 'localhost:4566' must be an absolute http:// or https:// URL",
            Failures(new AwsClientOptions { Region = "us-east-1", ServiceUrl = "localhost:4566" }), StringComparison.Ordinal);

    [Fact]
    public void Validate_FipsWithServiceUrl_NamesBothKeys() =>
        Assert.Contains("CustomerProfiles:UseFips cannot be combined with CustomerProfiles:ServiceUrl",
            Failures(new AwsClientOptions { Region = "us-east-1", ServiceUrl = "http://127.0.0.1:4566", UseFips = true }), StringComparison.Ordinal);

    [Fact]
    public void Validate_AccessKeyWithoutSecret_NamesSecretKey() =>
        Assert.Contains("CustomerProfiles:SecretAccessKey is required when CustomerProfiles:AccessKeyId is set",
            Failures(new AwsClientOptions { Region = "us-east-1", AccessKeyId = "AKIA" }), StringComparison.Ordinal);

    [Fact]
    public void Validate_ProfileAndKeys_AsksForOne() =>
        Assert.Contains("CustomerProfiles:Profile and CustomerProfiles:AccessKeyId are alternatives",
            Failures(new AwsClientOptions { Region = "us-east-1", AccessKeyId = "AKIA", SecretAccessKey = "s", Profile = "ops" }), StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Validate_MaxAttemptsOutOfRange_NamesKey(int attempts) =>
        Assert.Contains("CustomerProfiles:MaxAttempts must be between 1 and 10", Failures(new AwsClientOptions { Region = "us-east-1", MaxAttempts = attempts }), StringComparison.Ordinal);

    [Fact]
    public void Validate_BadAccountAndTps_ReportsEveryProblemAtOnce()
    {
        var failures = Failures(new AwsClientOptions
        {
            Region = "us-east-1",
            AccountId = "12345",
            AttemptTimeout = TimeSpan.Zero,
            OperationTps = new() { ["ListEventStreams"] = -1 },
        });

        Assert.Contains("CustomerProfiles:AccountId '12345' must be a 12-digit AWS account id.", failures, StringComparison.Ordinal);
        Assert.Contains("CustomerProfiles:AttemptTimeout must be a time span", failures, StringComparison.Ordinal);
        Assert.Contains("CustomerProfiles:OperationTps:ListEventStreams must be a number of calls per second", failures, StringComparison.Ordinal);
    }

    private string Failures(AwsClientOptions options) => _validator.Validate(null, options).FailureMessage ?? "";

    [Fact]
    public void Validate_RoleWithExternalId_Succeeds() =>
        Assert.True(_validator.Validate(null, new AwsClientOptions
        {
            Region = "us-east-1", RoleArn = "arn:aws:iam::210987654321:role/ops/EventStreamConsole", ExternalId = "on-call:2026",
        }).Succeeded);

    [Theory]
    [InlineData("arn:aws:iam::123:role/x", null, "CustomerProfiles:RoleArn 'arn:aws:iam::123:role/x' is not an IAM role ARN")]
    [InlineData("arn:aws:iam::123456789012:user/x", null, "is not an IAM role ARN")]
    [InlineData(null, "abc", "CustomerProfiles:ExternalId is used only when assuming a role")]
    [InlineData("arn:aws:iam::123456789012:role/x", "a", "CustomerProfiles:ExternalId must be 2 to 1224 characters")]
    public void Validate_BadRoleSettings_NamesKey(string? roleArn, string? externalId, string expected) =>
        Assert.Contains(expected, Failures(new AwsClientOptions { Region = "us-east-1", RoleArn = roleArn, ExternalId = externalId }), StringComparison.Ordinal);
}
