using System.Diagnostics;
using System.Globalization;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Aws;
using EventStreamConsole.CustomerProfiles;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using Microsoft.Playwright;
using KinesisModel = Amazon.Kinesis.Model;

namespace EventStreamConsole.Benchmarks;

/// <summary>
/// The sweep benchmark of docs/benchmarks.md: the emulator with AWS's TPS enforced and 50 ms per call, 3 regions × 100
/// domains. (1) one sweep against the TPS bound; (2) the same reads as a plain sequential loop over the same client;
/// (3) 20 Chromium viewers of /health on a cold console against 1, counting the API calls the emulator receives.
/// </summary>
public static class SweepBenchmark
{
    private const string Account = "123456789012";
    private const int Domains = 100;
    private const int BrokenPerRegion = 5;
    private static readonly string[] s_regions = ["us-east-1", "eu-west-2", "ap-southeast-2"];
    private static readonly string[] s_reads = ["ListDomains", "ListEventStreams", "GetEventStream"];

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var results = new List<RunResult>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await RunOnceAsync();
            results.Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: sweep {result.SweepSeconds:0.00} s ({result.SweepSeconds / result.BoundSeconds:0.000}× the {result.BoundSeconds:0} s bound), " +
                $"throttled {result.Throttled}, errors surfaced {result.Errors}; sequential {result.SequentialSeconds:0.00} s ({result.SequentialSeconds / result.SweepSeconds:0.00}× the sweep); " +
                $"API calls with 1 viewer {result.CallsOneViewer}, with 20 viewers {result.CallsTwentyViewers} ({(double)result.CallsTwentyViewers / result.CallsOneViewer:0.000}×)"));
        }

        double Median(Func<RunResult, double> f) => results.Select(f).Order().ElementAt(results.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {runs}: sweep {Median(r => r.SweepSeconds):0.00} s = {Median(r => r.SweepSeconds / r.BoundSeconds):0.000}× the bound (target ≤ 1.1); " +
            $"sequential/sweep {Median(r => r.SequentialSeconds / r.SweepSeconds):0.00}×; 20 viewers / 1 viewer API calls {Median(r => (double)r.CallsTwentyViewers / r.CallsOneViewer):0.000}× (target ≤ 1.05); " +
            $"throttled {results.Sum(r => r.Throttled)}, errors {results.Sum(r => r.Errors)} in all runs"));
        return 0;
    }

    private static async Task<RunResult> RunOnceAsync()
    {
        await using var emulator = await LoopbackEmulator.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Seed"] = "None",
            ["Emulator:Quotas:DomainsPerRegion"] = "150",
            // Setup only; the reads keep AWS's 5 TPS.
            ["Emulator:Throttling:OperationTps:CreateDomain"] = "1000",
            ["Emulator:Throttling:OperationTps:CreateEventStream"] = "1000",
        });
        var url = emulator.Urls.First();
        await SetUpAsync(url);
        var faults = emulator.Services.GetRequiredService<FaultInjector>();
        foreach (var operation in s_reads)
        {
            faults.Set(operation, new FaultRule { LatencyMs = 50 });
        }

        var counter = emulator.Services.GetRequiredService<RequestCounter>();

        // (1) The sweep, and (2) the plain loop over the same client.
        double sweepSeconds, sequentialSeconds;
        int errors;
        await using (var console = await StartConsoleAsync(url, sweep: false))
        {
            counter.Reset();
            var watch = Stopwatch.StartNew();
            await console.Services.GetRequiredService<InventorySweeper>().SweepAsync(CancellationToken.None);
            sweepSeconds = watch.Elapsed.TotalSeconds;
            var store = console.Services.GetRequiredService<InventoryStore>();
            errors = s_regions.Sum(r => store.Get(new InventoryKey(Account, r)) is var s && s.LastError is null ? s.Entries.Count(e => e.Error is not null) : Domains);

            watch.Restart();
            await SequentialLoopAsync(console.Services.GetRequiredService<RegionClients>());
            sequentialSeconds = watch.Elapsed.TotalSeconds;
        }

        var throttled = counter.Snapshot().Sum(c => c.Throttled);
        var callsOne = await CountViewerCallsAsync(url, counter, 1);
        var callsTwenty = await CountViewerCallsAsync(url, counter, 20);
        return new RunResult(sweepSeconds, Domains / 5.0, sequentialSeconds, throttled, errors, callsOne, callsTwenty);
    }

    private static async Task SetUpAsync(string url)
    {
        await using var setup = await StartConsoleAsync(url, sweep: false, setup: true);
        var clients = setup.Services.GetRequiredService<RegionClients>();
        await Task.WhenAll(s_regions.Select(async region =>
        {
            var profiles = clients.Profiles(region);
            var kinesis = clients.Kinesis(region);
            for (var i = 0; i < Domains; i++)
            {
                var name = $"bench-{i:000}";
                await kinesis.CreateStreamAsync(new KinesisModel.CreateStreamRequest { StreamName = name, ShardCount = 1 });
                await profiles.CreateDomainAsync(new CreateDomainRequest { DomainName = name, DefaultExpirationDays = 30 });
                await profiles.CreateEventStreamAsync(new CreateEventStreamRequest
                {
                    DomainName = name, EventStreamName = name + "-export", Uri = $"arn:aws:kinesis:{region}:{Account}:stream/{name}",
                });
            }

            for (var i = 0; i < BrokenPerRegion; i++)
            {
                await kinesis.DeleteStreamAsync(new KinesisModel.DeleteStreamRequest { StreamName = $"bench-{i * 17:000}" });
            }
        }));
        // Let the emulator's destination check mark the broken ones.
        await Task.Delay(TimeSpan.FromSeconds(3));
    }

    private static async Task SequentialLoopAsync(RegionClients clients)
    {
        foreach (var region in s_regions)
        {
            var client = clients.Profiles(region);
            foreach (var domain in await DomainPages.ListAllAsync(client, CancellationToken.None))
            {
                var streams = await client.ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = domain.DomainName, MaxResults = 100 });
                foreach (var stream in (streams.Items ?? []).Where(s => s.DestinationSummary?.Status != EventStreamDestinationStatus.HEALTHY))
                {
                    await client.GetEventStreamAsync(new GetEventStreamRequest { DomainName = domain.DomainName, EventStreamName = stream.EventStreamName });
                }
            }
        }
    }

    /// <summary>A cold console (sweeping, as deployed) and <paramref name="viewers"/> browsers opening /health at once; the API calls until every region is read.</summary>
    private static async Task<long> CountViewerCallsAsync(string url, RequestCounter counter, int viewers)
    {
        counter.Reset();
        await using var console = await StartConsoleAsync(url, sweep: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("BROWSER_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var pages = await Task.WhenAll(Enumerable.Range(0, viewers).Select(async _ =>
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(console.Urls.First() + "/health");
            return page;
        }));
        await Task.WhenAll(pages.Select(p => p.WaitForSelectorAsync("text=Updated", new PageWaitForSelectorOptions { Timeout = 180_000 })));
        return counter.Snapshot().Where(c => s_reads.Contains(c.Operation)).Sum(c => c.Calls);
    }

    private static async Task<ConsoleWebApplication> StartConsoleAsync(string emulatorUrl, bool sweep, bool setup = false)
    {
        var settings = new Dictionary<string, string?>
        {
            [TestConsole.EnvironmentKey] = "Production",
            ["CustomerProfiles:Region"] = s_regions[0],
            ["CustomerProfiles:ServiceUrl"] = emulatorUrl,
            ["CustomerProfiles:AccessKeyId"] = Account,
            ["CustomerProfiles:SecretAccessKey"] = "benchmark",
            ["Console:Regions:0"] = s_regions[0],
            ["Console:Regions:1"] = s_regions[1],
            ["Console:Regions:2"] = s_regions[2],
            ["Auth:Mode"] = "Unsecured",
            ["Sweep:Enabled"] = sweep ? "true" : "false",
            ["Sweep:Interval"] = "00:10:00",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        if (setup)
        {
            settings["CustomerProfiles:OperationTps:CreateDomain"] = "900";
            settings["CustomerProfiles:OperationTps:CreateEventStream"] = "900";
        }

        return await TestConsole.StartAsync(settings);
    }

    private sealed record RunResult(double SweepSeconds, double BoundSeconds, double SequentialSeconds, long Throttled, int Errors, long CallsOneViewer, long CallsTwentyViewers);
}
