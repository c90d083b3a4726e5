using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.BulkChanges;
using EventStreamConsole.Emulator;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using KinesisModel = Amazon.Kinesis.Model;

namespace EventStreamConsole.Benchmarks;

/// <summary>
/// The bulk tag benchmark of docs/benchmarks.md: the emulator with AWS's TPS enforced and 50 ms per call, 100 event
/// streams; one bulk edit (set one key on all) from start to its last stream, against the TPS bound of its calls
/// (100 TagResource at 5 per second; the 100 GetEventStream reads have their own 5 per second and overlap them), with
/// the throttled calls the emulator counted and the failures the report shows.
/// </summary>
public static class BulkTagBenchmark
{
    private const string Account = "123456789012";
    private const string Region = "us-east-1";
    private const int Streams = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var results = new List<(double Seconds, double Bound, long Throttled, int Failed)>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await RunOnceAsync(run);
            results.Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: bulk edit of {Streams} streams {result.Seconds:0.00} s ({result.Seconds / result.Bound:0.000}× the {result.Bound:0} s bound), throttled {result.Throttled}, failed in the report {result.Failed}"));
        }

        double Median(Func<(double Seconds, double Bound, long Throttled, int Failed), double> f) => results.Select(f).Order().ElementAt(results.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {runs}: {Median(r => r.Seconds):0.00} s = {Median(r => r.Seconds / r.Bound):0.000}× the bound (target ≤ 1.1); " +
            $"throttled {results.Sum(r => r.Throttled)}, failed {results.Sum(r => r.Failed)} in all runs (target 0)"));
        return results.All(r => r.Seconds / r.Bound <= 1.1 && r.Throttled == 0 && r.Failed == 0) ? 0 : 1;
    }

    private static async Task<(double Seconds, double Bound, long Throttled, int Failed)> RunOnceAsync(int run)
    {
        await using var emulator = await LoopbackEmulator.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Seed"] = "None",
            ["Emulator:Quotas:DomainsPerRegion"] = "150",
            // Setup only; the measured calls keep AWS's 5 TPS.
            ["Emulator:Throttling:OperationTps:CreateDomain"] = "1000",
            ["Emulator:Throttling:OperationTps:CreateEventStream"] = "1000",
        });
        var url = emulator.Urls.First();
        await using var console = await StartConsoleAsync(url);
        var targets = await SetUpAsync(console.Services.GetRequiredService<RegionClients>(), run);
        var faults = emulator.Services.GetRequiredService<FaultInjector>();
        foreach (var operation in new[] { "GetEventStream", "TagResource" })
        {
            faults.Set(operation, new FaultRule { LatencyMs = 50 });
        }

        var counter = emulator.Services.GetRequiredService<RequestCounter>();
        counter.Reset();
        await using var scope = await SignedInAsync(console.Services);
        var service = scope.ServiceProvider.GetRequiredService<IEventStreamService>();
        var watch = Stopwatch.StartNew();
        var job = await service.StartBulkTagEditAsync(new InventoryKey(Account, Region), targets,
            new BulkTagEdit(new Dictionary<string, string> { ["cost-center"] = "4711" }, []), CancellationToken.None);
        await console.Services.GetRequiredService<BulkJobs>().WhenFinishedAsync(job.Id);
        var seconds = watch.Elapsed.TotalSeconds;
        var report = (await service.GetBulkJobAsync(job.Id))!;
        var calls = counter.Snapshot();
        var tagCalls = calls.Where(c => c.Operation == "TagResource").Sum(c => c.Calls);
        if (report.Succeeded != Streams || tagCalls != Streams)
        {
            throw new InvalidOperationException($"The job did not do what was measured: {report.Tally}, {tagCalls} TagResource calls.");
        }

        return (seconds, Streams / 5.0, calls.Sum(c => c.Throttled), report.Failed);
    }

    private static async Task<List<BulkTarget>> SetUpAsync(RegionClients clients, int run)
    {
        var profiles = clients.Profiles(Region);
        var kinesis = clients.Kinesis(Region);
        var stream = $"bench-bulk-{run}";
        await kinesis.CreateStreamAsync(new KinesisModel.CreateStreamRequest { StreamName = stream, ShardCount = 1 });
        var targets = new List<BulkTarget>();
        for (var i = 0; i < Streams; i++)
        {
            var name = $"bench-{i:000}";
            var uri = $"arn:aws:kinesis:{Region}:{Account}:stream/{stream}";
            await profiles.CreateDomainAsync(new CreateDomainRequest { DomainName = name, DefaultExpirationDays = 30 });
            var created = await profiles.CreateEventStreamAsync(new CreateEventStreamRequest
            {
                DomainName = name, EventStreamName = name + "-export", Uri = uri, Tags = new Dictionary<string, string> { ["team"] = "bench" },
            });
            targets.Add(new BulkTarget(name, name + "-export", created.EventStreamArn!, uri));
        }

        return targets;
    }

    /// <summary>A scope that acts as a signed-in admin's circuit, as the integration tests' SignedInScope does.</summary>
    private static async Task<AsyncServiceScope> SignedInAsync(IServiceProvider services)
    {
        var identity = new ClaimsIdentity(
            [new Claim("name", "Bench Admin"), new Claim(ConsoleClaimTypes.ObjectId, "oid-bench"), new Claim(ConsoleClaimTypes.AppRoles, "EventStreams.Admin")],
            "Benchmark", "name", ConsoleClaimTypes.AppRoles);
        var principal = await services.GetRequiredService<IClaimsTransformation>().TransformAsync(new ClaimsPrincipal(identity));
        var scope = services.CreateAsyncScope();
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    private static Task<ConsoleWebApplication> StartConsoleAsync(string emulatorUrl) => TestConsole.StartAsync(new Dictionary<string, string?>
    {
        [TestConsole.EnvironmentKey] = "Production",
        ["CustomerProfiles:Region"] = Region,
        ["CustomerProfiles:ServiceUrl"] = emulatorUrl,
        ["CustomerProfiles:AccessKeyId"] = Account,
        ["CustomerProfiles:AccountId"] = Account,
        ["CustomerProfiles:SecretAccessKey"] = "benchmark",
        // Setup creates domains and streams quickly; the measured calls (GetEventStream, TagResource) keep AWS's rates.
        ["CustomerProfiles:OperationTps:CreateDomain"] = "900",
        ["CustomerProfiles:OperationTps:CreateEventStream"] = "900",
        ["Auth:Mode"] = "Unsecured",
        ["Sweep:Enabled"] = "false",
        ["Serilog:MinimumLevel:Default"] = "Warning",
    });
}
