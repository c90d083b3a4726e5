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

        Assert.Equal(new Uri("http://127.0.0.1:4566/"), client.Endpoint);
    }

    [Fact]
    public void CreateKinesis_OwnKinesisUrl_UsesIt() =>
        Assert.Equal(new Uri("http://127.0.0.1:4567/"),
            _factory.CreateKinesis(new AwsClientOptions { Region = "us-east-1", ServiceUrl = "http://127.0.0.1:4566", KinesisServiceUrl = "http://127.0.0.1:4567" }).Endpoint);

    [Fact]
    public void Create_NoCustomUrls_UsesRegionalAwsEndpoints()
    {
        var options = new AwsClientOptions { Region = "eu-west-2", ServiceUrl = "" };

        Assert.Equal(new Uri("https://profile.eu-west-2.amazonaws.com/"), _factory.CreateCustomerProfiles(options).Endpoint);
        Assert.Equal(new Uri("https://kinesis.eu-west-2.amazonaws.com/"), _factory.CreateKinesis(options).Endpoint);
    }
}
