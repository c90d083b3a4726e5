using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using KinesisModel = Amazon.Kinesis.Model;

namespace EventStreamConsole.Tests.Service;

/// <summary>Two configured accounts on the emulator (which tells accounts apart by access key id): swept, shown and changed separately.</summary>
public sealed class MultiAccountTests : IAsyncLifetime
{
    private static readonly InventoryKey s_production = new("123456789012", "us-east-1");
    private static readonly InventoryKey s_staging = new("210987654321", "eu-west-2");
    private ConsoleWebApplication _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await TestConsole.CreateAsync(
        [
            new("Emulator:Throttling:OperationTps:ListEventStreams", "400"),
            new("CustomerProfiles:OperationTps:ListEventStreams", "300"),
            new("Sweep:Enabled", "false"),
            new("Console:Accounts:0:Name", "Payments production"),
            new("Console:Accounts:0:AccountId", s_production.Account),
            new("Console:Accounts:0:Environment", "production"),
            new("Console:Accounts:0:Regions:0", s_production.Region),
            new("Console:Accounts:1:Name", "Staging"),
            new("Console:Accounts:1:AccountId", s_staging.Account),
            new("Console:Accounts:1:Environment", "staging"),
            new("Console:Accounts:1:Regions:0", s_staging.Region),
        ], cancellationToken: Ct);
        await _app.StartAsync(Ct);
        var clients = _app.Services.GetRequiredService<RegionClients>();
        await clients.Kinesis(s_staging).CreateStreamAsync(new KinesisModel.CreateStreamRequest { StreamName = "staging-events", ShardCount = 1 }, Ct);
        await clients.Profiles(s_staging).CreateDomainAsync(new CreateDomainRequest { DomainName = "staging-orders", DefaultExpirationDays = 30 }, Ct);
        await clients.Profiles(s_staging).CreateEventStreamAsync(new CreateEventStreamRequest
        {
            DomainName = "staging-orders", EventStreamName = "staging-orders-export", Uri = $"arn:aws:kinesis:{s_staging.Region}:{s_staging.Account}:stream/staging-events",
        }, Ct);
    }

    [Fact]
    public async Task Sweep_TwoAccounts_BothReadWithTheirOwnCredentials()
    {
        await _app.Services.GetRequiredService<InventorySweeper>().SweepAsync(Ct);
        var store = _app.Services.GetRequiredService<InventoryStore>();

        var staging = store.Get(s_staging);
        var production = store.Get(s_production);

        Assert.Equal("staging-orders", Assert.Single(staging.Entries).DomainName);
        Assert.Equal(124, production.Entries.Count);
        Assert.DoesNotContain(production.Entries, e => e.DomainName == "staging-orders");
        Assert.Equal([s_production, s_staging], _app.Services.GetRequiredService<RegionClients>().Keys);
    }

    [Fact]
    public async Task Service_Overview_CoversEveryAccountAndChangesStayInTheirAccount()
    {
        await using var scope = await SignedInScope.CreateAsync(_app.Services, "Ada Admin", "EventStreams.Admin");
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        await service.RefreshInventoryAsync(s_staging, Ct);
        await service.RefreshInventoryAsync(s_production, Ct);

        var overview = await service.GetHealthOverviewAsync();
        var detail = await service.GetEventStreamAsync(s_staging, "staging-orders", "staging-orders-export", Ct);
        await service.DeleteEventStreamAsync(s_staging, "staging-orders", "staging-orders-export", Ct);
        var afterDelete = await service.GetInventoryAsync(s_staging);

        Assert.Equal([s_production, s_staging], overview.Regions.Select(r => r.Key));
        Assert.Equal(s_staging, detail.At);
        Assert.Equal("Staging", service.AccountOf(s_staging.Account).Name);
        Assert.True(service.AccountOf(s_production.Account).IsProduction);
        Assert.False(Assert.Single(afterDelete.Entries).HasStream);
        Assert.Equal(124, (await service.GetInventoryAsync(s_production)).Entries.Count);
    }

    [Fact]
    public void Options_BadAccounts_EachKeyNamed()
    {
        var validator = new EventStreamConsole.Configuration.ConsoleOptionsValidator();
        var options = new EventStreamConsole.Configuration.ConsoleOptions
        {
            Accounts =
            [
                new() { Name = "A", AccountId = "12345", Regions = ["mars-1"], ExternalId = "x" },
                new() { Name = "A", AccountId = "210987654321", RoleArn = "arn:aws:iam::1:role/x" },
            ],
        };

        var failures = validator.Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Console:Accounts:0:AccountId '12345' must be a 12-digit", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Accounts:0:Regions:0 'mars-1'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Accounts:0:ExternalId is used only when assuming a role", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Accounts:1:Name is required and must differ", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Accounts:1:RoleArn 'arn:aws:iam::1:role/x'", StringComparison.Ordinal));
    }

    [Fact]
    public void Clients_RoleAccount_AssumesItsRoleWithItsExternalId()
    {
        var factory = _app.Services.GetRequiredService<CustomerProfiles.AwsClientFactory>();
        var console = Options.Create(new EventStreamConsole.Configuration.ConsoleOptions
        {
            Accounts = [new() { Name = "Prod", AccountId = "210987654321", RoleArn = "arn:aws:iam::210987654321:role/Esc", ExternalId = "ext-1", Regions = ["eu-west-2"] }],
        });
        var clients = new RegionClients(factory, Options.Create(new CustomerProfiles.AwsClientOptions { Region = "us-east-1", Profile = "ops" }), console,
            new EventStreamConsole.Configuration.ConsoleBackend(false, "us-east-1", new Uri("https://profile.us-east-1.amazonaws.com/")));

        var account = Assert.Single(clients.Accounts);

        Assert.Equal("arn:aws:iam::210987654321:role/Esc", account.Client.RoleArn);
        Assert.Equal("ext-1", account.Client.ExternalId);
        Assert.Equal("ops", account.Client.Profile);
        Assert.Equal("210987654321", account.Client.AccountId);
        Assert.Equal([new InventoryKey("210987654321", "eu-west-2")], clients.Keys);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
