using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// The services' official endpoint rule sets, evaluated by botocore over botocore's partitions, as judge of our
/// endpoint resolution: every region botocore knows (partitions.json and endpoints.json) plus an invented
/// region of the right shape for every partition and one that matches no partition, with FIPS and dual-stack on and
/// off, for both services; and, for Kinesis, the ARN-addressed control-plane calls the rule set routes by account.
/// One python process evaluates all cases.
/// </summary>
public sealed class EndpointConformanceTests
{
    private static readonly string[] s_services = ["customer-profiles", "kinesis"];

    [Fact]
    public async Task EveryRegionAndVariant_OurEndpoint_EqualsTheRuleSet()
    {
        var ct = TestContext.Current.CancellationToken;
        var partitions = Partitions();
        var regions = Regions(partitions);
        var cases = (
            from service in s_services
            from region in regions
            from fips in new[] { false, true }
            from dualStack in new[] { false, true }
            select (Id: $"{service}:{region}:fips={fips}:dualstack={dualStack}", Service: service, Region: region, Fips: fips, DualStack: dualStack, StreamArn: (string?)null))
            .Concat(
                from region in regions
                from fips in new[] { false, true }
                from dualStack in new[] { false, true }
                select (Id: $"kinesis:stream-arn:{region}:fips={fips}:dualstack={dualStack}", Service: "kinesis", Region: region, Fips: fips, DualStack: dualStack,
                    StreamArn: (string?)$"arn:{PartitionOf(partitions, region)}:kinesis:{region}:123456789012:stream/orders"))
            .ToList();

        var answer = await Botocore.AskAsync("endpoint", new JsonArray([.. cases.Select(c => new JsonObject
        {
            ["service"] = c.Service, ["region"] = c.Region, ["fips"] = c.Fips, ["dualStack"] = c.DualStack,
            ["streamArn"] = c.StreamArn, ["operationType"] = c.StreamArn is null ? null : "control",
        })]), ct);

        var observed = new List<Observed>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var expected = (string?)answer.Results[i]["url"] ?? "error: " + (string?)answer.Results[i]["error"];
            string ours;
            try
            {
                ours = ClientEndpoints.Resolve(c.Service, c.Region, c.Fips, c.DualStack, c.StreamArn).ToString().TrimEnd('/');
            }
            catch (Exception ex) when (ex is InvalidOperationException or Amazon.Runtime.AmazonClientException)
            {
                ours = "error: " + ex.Message;
            }

            if (expected != ours && !(expected.StartsWith("error: ", StringComparison.Ordinal) && ours.StartsWith("error: ", StringComparison.Ordinal)))
            {
                observed.Add(new(c.Id, $"rule set: {expected}; ours: {ours}"));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"botocore {answer.BotocoreVersion}; {regions.Count} regions: {string.Join(" ", regions)}");
        Differences.AssertAllExplained("endpoints", cases.Count, observed);
    }

    private static JsonArray Partitions() => Botocore.ReadData("partitions.json")["partitions"]!.AsArray();

    /// <summary>botocore's known regions, plus for every partition a region it does not list yet, plus one of no partition.</summary>
    private static List<string> Regions(JsonArray partitions)
    {
        var known = partitions.SelectMany(p => p!["regions"]!.AsObject().Select(r => r.Key))
            .Concat(Botocore.ReadData("endpoints.json")["partitions"]!.AsArray().SelectMany(p => p!["regions"]!.AsObject().Select(r => r.Key)))
            .Where(r => Regex.IsMatch(r, "^[a-z]+(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var invented = partitions.Select(p => p!["regions"]!.AsObject().Select(r => r.Key).FirstOrDefault(r => known.Contains(r)))
            .Where(r => r is not null).Select(r => Regex.Replace(r!, "[0-9]+$", "9")).Where(r => !known.Contains(r));
        return [.. known, .. invented, "xy-central-1", "ap-southeast-12"];
    }

    private static string PartitionOf(JsonArray partitions, string region) =>
        (string?)partitions.FirstOrDefault(p => p!["regions"]![region] is not null)?["id"]
        ?? (string?)partitions.FirstOrDefault(p => Regex.IsMatch(region, (string)p!["regionRegex"]!, RegexOptions.CultureInvariant))?["id"]
        ?? "aws";
}
