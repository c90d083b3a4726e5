using System.Diagnostics;
using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Emulator.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.Emulator.Tests.Fuzz;

/// <summary>
/// At least 1,000 generated bad inputs per run (seeded, so every run sends the same), through the raw HTTP path and
/// through our client: no 5xx, no hang, every answer a typed error with a request id, and no change of state.
/// </summary>
public sealed class BadInputFuzzTests : IAsyncLifetime
{
    private const int Seed = 20261203;
    private const int MaxAccountRegions = 40;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private EmulatorServer _server = null!;
    private Scenario _baseline = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(builder =>
        {
            builder.Configuration.AddInMemoryCollection([
                new("Emulator:Throttling:Enabled", "false"), new("Emulator:Limits:MaxAccountRegions", $"{MaxAccountRegions}")]);
            builder.WebHost.ConfigureKestrel(o => o.Limits.MinRequestBodyDataRate = new MinDataRate(240, TimeSpan.FromSeconds(1.5)));
            builder.Logging.ClearProviders();
        });
        _baseline = new Scenario(_server, configure: o => o.RateLimitingEnabled = false);
        await _baseline.EventStreamAsync("retail", "orders", "exports", new() { ["team"] = "a" });
        await _baseline.DomainAsync("spare", new() { ["team"] = "a" });
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task BadInputs_RawAndThroughClient_TypedClientErrorsAndNoStateChange()
    {
        var target = new FuzzTarget(_server.Url, _baseline.Account, new Random(Seed));
        var cases = Generate(target);
        var calls = Enumerable.Range(0, 200).Select(_ => BadClientCalls.Next(target, _server)).ToList();
        var before = await SnapshotAsync();
        var tally = new FuzzTally();
        var clock = Stopwatch.StartNew();

        // Cases that end in Kestrel's data-rate timeout wait seconds for it, side by side, while the quick ones go on.
        var slow = cases.Where(IsSlow).ToList();
        await Task.WhenAll(SendAllAsync(slow, slow.Count, tally), SendAllAsync([.. cases.Except(slow)], 8, tally));
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (call, ct) =>
            await CheckAsync(call, tally, ct));
        clock.Stop();

        var after = await SnapshotAsync();
        var summary = tally.Summary(clock.Elapsed);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        // Also beside the test assembly, since a passing test's output is not shown: docs/emulator.md quotes these counts.
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fuzz-summary.txt"), summary, Ct);
        Assert.True(tally.Sent >= 1000, $"only {tally.Sent} inputs were sent");
        Assert.True(tally.Failures.Count == 0, $"{tally.Failures.Count} answers broke a rule, e.g.:\n{string.Join("\n", tally.Failures.Take(15))}");
        Assert.Equal(0, tally.ServerErrors);
        Assert.Equal(before, after);
        using var healthy = await _server.RawAsync(HttpMethod.Get, "/domains/retail", account: _baseline.Account);
        Assert.Equal(System.Net.HttpStatusCode.OK, healthy.StatusCode);
    }

    private static List<FuzzCase> Generate(FuzzTarget t)
    {
        var cases = new List<FuzzCase>();
        void Add(int count, Func<FuzzTarget, FuzzCase> generator) => cases.AddRange(Enumerable.Range(0, count).Select(_ => generator(t)));
        Add(150, BadBodies.BrokenJson);
        Add(100, BadBodies.BadUtf8);
        Add(60, BadBodies.BadEscape);
        Add(150, BadBodies.WrongType);
        Add(150, BadFields.Length);
        Add(120, BadFields.BadArn);
        Add(100, BadFields.ControlCharacter);
        Add(60, BadFields.DotSegment);
        Add(80, BadTransport.BadTarget);
        Add(80, BadTransport.BadRegion);
        Add(100, BadTransport.BadSignature);
        Add(40, BadTransport.HugeBody);
        cases.Add(BadTransport.HugeChunkedBody(t, awsJson: false));
        cases.Add(BadTransport.HugeChunkedBody(t, awsJson: true));
        Add(40, BadTransport.BrokenChunked);
        Add(12, x => BadTransport.Truncated(x, abandon: false));
        Add(8, x => BadTransport.Truncated(x, abandon: true));
        Add(50, BadTransport.NoRoute);
        Add(60, BadTransport.Admin);
        return cases;
    }

    private static bool IsSlow(FuzzCase fuzz) => fuzz.Category is "truncated" or "broken-chunked" or "abandoned";

    private Task SendAllAsync(List<FuzzCase> cases, int parallel, FuzzTally tally) =>
        Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = Ct }, async (fuzz, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            var response = await RawHttp.SendAsync(_server.Url, fuzz.Request, Timeout, fuzz.Abandoned, ct);
            tally.Time(fuzz.Category, Stopwatch.GetElapsedTime(started));
            Check(fuzz, response, tally);
        });

    private static void Check(FuzzCase fuzz, RawResponse response, FuzzTally tally)
    {
        var where = $"{fuzz.Category} ({fuzz.Description})";
        if (response.TimedOut)
        {
            tally.Record(fuzz.Category, "no answer within 10 s");
            tally.Fail($"{where}: no answer within {Timeout.TotalSeconds} s");
            return;
        }

        if (response.Status == 0)
        {
            tally.Record(fuzz.Category, "connection closed, no answer", unanswered: fuzz.Abandoned);
            if (!fuzz.Abandoned)
            {
                tally.Fail($"{where}: the connection closed without an answer");
            }

            return;
        }

        var type = response.ErrorType;
        tally.Record(fuzz.Category, $"{response.Status} {type ?? (fuzz.Admin ? "(admin message)" : "(untyped)")}", serverError: response.Status >= 500);
        if (response.Status is < 400 or >= 500)
        {
            tally.Fail($"{where}: {response.Status} {System.Text.Encoding.UTF8.GetString(response.Body)[..Math.Min(200, response.Body.Length)]}");
        }

        if (string.IsNullOrEmpty(response.Header("x-amzn-requestid")))
        {
            tally.Fail($"{where}: {response.Status} without x-amzn-RequestId");
        }

        if (!fuzz.Admin && string.IsNullOrEmpty(type))
        {
            tally.Fail($"{where}: {response.Status} without an error type");
        }
    }

    private static async Task CheckAsync(BadClientCalls.Call call, FuzzTally tally, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await call.Send(timeout.Token);
            tally.Record("client", "succeeded");
            tally.Fail($"client ({call.Description}): succeeded");
        }
        catch (RequestValidationException)
        {
            tally.Record("client", "refused by the client before sending");
        }
        catch (AmazonServiceException ex)
        {
            var status = (int)ex.StatusCode;
            tally.Record("client", $"{status} {ex.ErrorCode}", serverError: status >= 500);
            if (status is < 400 or >= 500 || string.IsNullOrEmpty(ex.ErrorCode) || string.IsNullOrEmpty(ex.RequestId))
            {
                tally.Fail($"client ({call.Description}): {status} '{ex.ErrorCode}' request id '{ex.RequestId}': {ex.Message}");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            tally.Record("client", ex.GetType().Name);
            tally.Fail($"client ({call.Description}): {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<string> SnapshotAsync() =>
        await _server.Http.GetStringAsync("/_emulator/state", Ct) + await _server.Http.GetStringAsync("/_emulator/faults", Ct);
}
