using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.Emulator.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator.Seeding;

/// <summary>
/// A realistic, repeatable demo: three regions of one account, 124 domains in us-east-1 (its domain quota raised to
/// 150, as after a quota increase) so lists really page, streams on most domains, some UNHEALTHY for minutes, hours
/// or days because their Kinesis stream was deleted, some STOPPED, and tags from the teams that own them; in us-east-1 also one
/// destination of each other failure (<see cref="DemoConditions"/>): UPDATING, a KMS key Customer Profiles may not use,
/// throttled, refused.
/// </summary>
public sealed class DemoSeeder(EmulatorStore store, IOptions<EmulatorOptions> options, TimeProvider time, ILogger<DemoSeeder> logger)
{
    public const string LargeRegion = "us-east-1";
    public const int LargeRegionDomains = 124;
    public const int LargeRegionQuota = 150;

    /// <summary>The regions the demo fills, the large one first.</summary>
    public static readonly IReadOnlyList<string> Regions = [LargeRegion, "eu-west-2", "ap-southeast-2"];

    private static readonly (string Team, string CostCenter, string Owner)[] s_teams =
    [
        ("retail", "CC-1001", "maria.lopez"), ("loyalty", "CC-1002", "kenji.sato"), ("payments", "CC-1010", "amara.okafor"),
        ("support", "CC-2040", "li.wei"), ("marketing", "CC-3100", "jonas.berg"), ("travel", "CC-4200", "sofia.rossi"),
        ("insurance", "CC-5005", "david.cohen"), ("telecom", "CC-6060", "priya.nair"),
    ];

    private static readonly string[] s_purposes =
    [
        "customer360", "contact-center", "web-profiles", "mobile-app", "crm-sync", "identity", "orders", "claims",
        "bookings", "subscriptions", "returns", "campaigns", "surveys", "billing", "onboarding", "churn",
    ];

    private static readonly string[] s_environments = ["prod", "staging", "dev"];

    public void Seed()
    {
        var random = new Random(20261128);
        var account = options.Value.DemoAccountId;
        var now = time.GetUtcNow().UtcDateTime;
        SeedRegion(new Scope(account, LargeRegion), LargeRegionDomains, random, now, raisedQuota: LargeRegionQuota);
        SeedRegion(new Scope(account, Regions[1]), 18, random, now, raisedQuota: null);
        SeedRegion(new Scope(account, Regions[2]), 9, random, now, raisedQuota: null);
        logger.LogInformation("Seeded the demo data set for account {AccountId}", account);
    }

    private void SeedRegion(Scope scope, int domainCount, Random random, DateTime now, int? raisedQuota)
    {
        var changes = new List<StateChange>();
        if (raisedQuota is { } quota)
        {
            changes.Add(new StateChange.DomainQuota(scope, quota));
        }

        var kinesis = new List<KinesisStreamRecord>();
        foreach (var (team, _, _) in s_teams)
        {
            foreach (var env in s_environments)
            {
                var record = new KinesisStreamRecord(scope, $"cp-events-{team}-{env}", env == "prod" ? 4 : 1,
                    env == "prod" ? StreamMode.OnDemand : StreamMode.Provisioned, now.AddDays(-random.Next(60, 400)));
                kinesis.Add(record);
                changes.Add(new StateChange.KinesisStream(record));
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var withoutStream = new List<(string Domain, string Team, string Env, string Owner, DateTime Created)>();
        for (var i = 0; names.Count < domainCount; i++)
        {
            var (team, costCenter, owner) = s_teams[i % s_teams.Length];
            var purpose = s_purposes[(i / s_teams.Length) % s_purposes.Length];
            var env = s_environments[(i / (s_teams.Length * s_purposes.Length)) % s_environments.Length];
            var name = $"{team}-{purpose}-{env}";
            if (!names.Add(name))
            {
                continue;
            }

            var created = now.AddDays(-random.Next(5, 700)).AddMinutes(-random.Next(0, 1440));
            var tags = new Dictionary<string, string>
            {
                ["team"] = team,
                ["env"] = env,
                ["cost-center"] = costCenter,
                ["owner"] = owner,
            };
            changes.Add(new StateChange.Domain(new DomainRecord(scope, name, env == "prod" ? 1098 : 365, null, null, created, created.AddDays(random.Next(0, 5)), tags)));

            // Most domains export their events; about one in seven has no stream yet.
            if (random.Next(7) == 0)
            {
                withoutStream.Add((name, team, env, owner, created));
                continue;
            }

            changes.Add(new StateChange.EventStream(DemoStream(scope, name, team, env, owner, created, random, now)));
        }

        if (raisedQuota is not null)
        {
            // Without drawing on the random sequence, so every other stream of the demo stays as it was.
            changes.AddRange(DemoConditions.Streams(scope, withoutStream, now, options.Value.UpdatingUnhealthyAfter));
        }

        store.Write(scope, _ => (0, (IReadOnlyList<StateChange>)changes));
    }

    private static EventStreamRecord DemoStream(Scope scope, string domain, string team, string env, string owner, DateTime domainCreated, Random random, DateTime now)
    {
        var created = domainCreated.AddHours(random.Next(1, 240));
        var roll = random.Next(100);
        var tags = new Dictionary<string, string> { ["team"] = team, ["env"] = env, ["owner"] = owner };
        if (random.Next(3) == 0)
        {
            tags["data-classification"] = env == "prod" ? "confidential" : "internal";
        }

        var healthyUri = $"arn:aws:kinesis:{scope.Region}:{scope.AccountId}:stream/cp-events-{team}-{env}";
        if (roll < 9)
        {
            // The destination stream was deleted: UNHEALTHY for minutes, hours or days.
            var since = (roll % 3) switch
            {
                0 => now.AddMinutes(-random.Next(3, 55)),
                1 => now.AddHours(-random.Next(1, 20)).AddMinutes(-random.Next(0, 59)),
                _ => now.AddDays(-random.Next(1, 9)).AddHours(-random.Next(0, 23)),
            };
            var missingUri = $"arn:aws:kinesis:{scope.Region}:{scope.AccountId}:stream/cp-events-{team}-{env}-legacy";
            return new EventStreamRecord(scope, domain, $"{domain}-export", missingUri, created, EventStreamState.Running, null,
                EventStreamDestinationStatus.Unhealthy, since,
                $"Kinesis stream {missingUri} was not found (ResourceNotFoundException); events for domain '{domain}' are not being delivered.", tags);
        }

        if (roll < 15)
        {
            var stoppedSince = now.AddDays(-random.Next(1, 30)).AddHours(-random.Next(0, 23));
            return new EventStreamRecord(scope, domain, $"{domain}-export", healthyUri, created, EventStreamState.Stopped, stoppedSince,
                EventStreamDestinationStatus.Healthy, null, null, tags);
        }

        return new EventStreamRecord(scope, domain, $"{domain}-export", healthyUri, created, EventStreamState.Running, null,
            EventStreamDestinationStatus.Healthy, null, null, tags);
    }
}
