using System.Diagnostics;
using System.Net.Sockets;
using EventStreamConsole.CustomerProfiles;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Emulator.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Emulator.Tests.State;

/// <summary>State in SQLite survives a restart and a kill -9 in the middle of writes.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("esc-emulator-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_directory, "emulator.db");

    [Fact]
    public async Task Restart_SameDatabase_KeepsDomainsStreamsTagsAndHealth()
    {
        string account;
        await using (var first = await EmulatorServer.StartAsync(("Emulator:DatabasePath", DatabasePath)))
        {
            var s = new Scenario(first);
            account = s.Account;
            var created = await s.EventStreamAsync("retail", "orders", "exports", new() { ["team"] = "retail" });
            await s.Profiles.TagResourceAsync(new TagResourceRequest { ResourceArn = created.EventStreamArn, Tags = new() { ["env"] = "prod" } }, Ct);
            await s.Kinesis.DeleteStreamAsync(new() { StreamName = "exports" }, Ct);
            await first.Admin.PostAsync("/_emulator/health-check", null, Ct);
        }

        await using var second = await EmulatorServer.StartAsync(("Emulator:DatabasePath", DatabasePath));
        var profiles = second.CustomerProfiles(account);
        var stream = await profiles.GetEventStreamAsync(new GetEventStreamRequest { DomainName = "retail", EventStreamName = "orders" }, Ct);

        Assert.Equal(new Dictionary<string, string> { ["team"] = "retail", ["env"] = "prod" }, stream.Tags);
        Assert.Equal(EventStreamDestinationStatus.UNHEALTHY, stream.DestinationDetails!.Status);
        Assert.NotNull(stream.DestinationDetails!.UnhealthySince);
    }

    [Fact]
    public async Task KillDashNine_DuringWrites_EveryAcknowledgedDomainSurvivesAndDatabaseIsIntact()
    {
        var port = FreePort();
        var acknowledged = new List<string>();
        var account = EmulatorServer.NewAccount();
        using (var process = StartStandalone(port))
        {
            var client = await ConnectAsync(port, account);
            using var writes = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var writer = Task.Run(async () =>
            {
                for (var i = 0; !writes.IsCancellationRequested; i++)
                {
                    await client.CreateDomainAsync(new CreateDomainRequest { DomainName = $"d{i:D4}", DefaultExpirationDays = 30, Tags = new() { ["n"] = $"{i}" } }, writes.Token);
                    lock (acknowledged)
                    {
                        acknowledged.Add($"d{i:D4}");
                    }
                }
            }, Ct);

            while (acknowledged.Count < 40)
            {
                await Task.Delay(10, Ct);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Ct);
            await writes.CancelAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => writer);
        }

        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
        }

        await using var restarted = await EmulatorServer.StartAsync(("Emulator:DatabasePath", DatabasePath));
        var names = new List<string>();
        var profiles = restarted.CustomerProfiles(account);
        string? token = null;
        do
        {
            // ListDomains has no paginator in the service model (nor in the SDK): follow NextToken.
            var page = await profiles.ListDomainsAsync(new ListDomainsRequest { NextToken = token }, Ct);
            foreach (var domain in page.Items ?? [])
            {
                names.Add(domain.DomainName!);
                Assert.Equal(domain.DomainName, "d" + int.Parse(domain.Tags!["n"], System.Globalization.CultureInfo.InvariantCulture).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            }

            token = page.NextToken;
        }
        while (token is not null);

        Assert.Superset(acknowledged.ToHashSet(), names.ToHashSet());
        Assert.InRange(names.Count, acknowledged.Count, acknowledged.Count + 1);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Process StartStandalone(int port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "EventStreamConsole.Emulator.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}", "--Emulator:DatabasePath", DatabasePath, "--Emulator:Throttling:Enabled", "false" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<IAmazonCustomerProfiles> ConnectAsync(int port, string account)
    {
        var provider = new ServiceCollection().AddLogging().AddCustomerProfilesClient().BuildServiceProvider();
        var client = provider.GetRequiredService<AwsClientFactory>().CreateCustomerProfiles(new AwsClientOptions
        {
            Region = "us-east-1", ServiceUrl = $"http://127.0.0.1:{port}", AccessKeyId = account, SecretAccessKey = "x", RateLimitingEnabled = false, MaxAttempts = 1,
        });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await client.ListDomainsAsync(new ListDomainsRequest(), Ct);
                return client;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, Ct);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
