using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis.Model;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.CustomerProfiles.Tests;

public sealed class AwsClientFactoryTests
{
    private readonly AwsClientFactory _factory = new ServiceCollection().AddLogging().AddCustomerProfilesClient()
        .BuildServiceProvider().GetRequiredService<AwsClientFactory>();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void CreateKinesis_NoOwnKinesisUrl_UsesServiceUrl(string? kinesisUrl)
    {
        var client = _factory.CreateKinesis(new AwsClientOptions { Region = "us-east-1", ServiceUrl = "http://127.0.0.1:4566", KinesisServiceUrl = kinesisUrl });

        Assert.Equal("http://127.0.0.1:4566/", client.DetermineServiceOperationEndpoint(new ListStreamsRequest()).URL);
    }

    [Fact]
    public void CreateKinesis_OwnKinesisUrl_UsesIt() =>
        Assert.Equal("http://127.0.0.1:4567/",
            _factory.CreateKinesis(new AwsClientOptions { Region = "us-east-1", ServiceUrl = "http://127.0.0.1:4566", KinesisServiceUrl = "http://127.0.0.1:4567" })
                .DetermineServiceOperationEndpoint(new ListStreamsRequest()).URL);

    [Fact]
    public void Create_NoCustomUrls_UsesRegionalAwsEndpoints()
    {
        var options = new AwsClientOptions { Region = "eu-west-2", ServiceUrl = "" };

        Assert.Equal(new Uri("https://profile.eu-west-2.amazonaws.com"), new Uri(_factory.CreateCustomerProfiles(options).DetermineServiceOperationEndpoint(new ListDomainsRequest()).URL));
        Assert.Equal(new Uri("https://kinesis.eu-west-2.amazonaws.com"), new Uri(_factory.CreateKinesis(options).DetermineServiceOperationEndpoint(new ListStreamsRequest()).URL));
        Assert.Equal(new Uri("https://profile.eu-west-2.amazonaws.com"), _factory.CustomerProfilesEndpoint(options));
    }

    [Fact]
    public void CustomerProfilesConfig_Options_MapOntoCoreSettings()
    {
        var config = _factory.CustomerProfilesConfig(new AwsClientOptions
        {
            Region = "us-west-2", MaxAttempts = 5, AttemptTimeout = TimeSpan.FromSeconds(7), RetryMode = RequestRetryMode.Adaptive, UseFips = true,
        });

        Assert.Equal("us-west-2", config.RegionEndpoint.SystemName);
        Assert.Equal(4, config.MaxErrorRetry);
        Assert.Equal(TimeSpan.FromSeconds(7), config.Timeout);
        Assert.Equal(RequestRetryMode.Adaptive, config.RetryMode);
        Assert.True(config.UseFIPSEndpoint);
        Assert.IsType<EventStreamConsole.CustomerProfiles.Runtime.PooledHttpClientFactory>(config.HttpClientFactory);
    }

    [Fact]
    public void CustomerProfilesConfig_CustomUrl_SignsForConfiguredRegion()
    {
        var config = _factory.CustomerProfilesConfig(new AwsClientOptions { Region = "eu-central-1", ServiceUrl = "http://127.0.0.1:4566" });

        Assert.Equal("http://127.0.0.1:4566/", config.ServiceURL);
        Assert.Equal("eu-central-1", config.AuthenticationRegion);
    }
}
