using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Emulator.Operations;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Emulator.Seeding;
using EventStreamConsole.Emulator.State;

namespace EventStreamConsole.Emulator.Admin;

/// <summary>
/// The emulator's own control surface under /_emulator/: inspect and reset state, inject faults, switch
/// throttling, read request counts, stop streams, set a Kinesis stream's condition and run the destination health check on demand.
/// It is unauthenticated, like LocalStack's: bind the emulator to loopback. Calls from web pages of other sites are
/// refused (<see cref="AdminRequestGuard"/>), and a call that answers an error has changed nothing.
/// </summary>
public static class AdminEndpoints
{
    public const string Prefix = "/_emulator";

    public static IEndpointRouteBuilder MapEmulatorAdminApi(this IEndpointRouteBuilder routes)
    {
        var json = EmulatorJsonContext.Default;
        var admin = routes.MapGroup(Prefix);
        admin.AddEndpointFilter(async (context, next) =>
            AdminRequestGuard.Refusal(context.HttpContext.Request) is { } refusal
                ? Results.Json(new AdminError(refusal), json.AdminError, statusCode: StatusCodes.Status403Forbidden)
                : await next(context));

        admin.MapGet("/state", (EmulatorStore store, ThrottleGate throttle, CustomerProfilesOperations ops) =>
            Results.Json(Snapshot(store, throttle, ops), json.EmulatorSnapshot));

        admin.MapPost("/reset", (string? seed, EmulatorStore store, DemoSeeder seeder, ThrottleGate throttle, FaultInjector faults, RequestCounter counter, ScopeRegistry scopes) =>
        {
            var demo = string.Equals(seed, "Demo", StringComparison.OrdinalIgnoreCase);
            if (!demo && !string.IsNullOrEmpty(seed))
            {
                return Results.Json(new AdminError($"seed must be 'Demo' or absent (got '{seed}')."), json.AdminError, statusCode: 400);
            }

            store.Reset();
            throttle.Reset();
            faults.Clear();
            counter.Reset();
            if (demo)
            {
                seeder.Seed();
            }

            scopes.Reset();
            return Results.NoContent();
        });

        admin.MapGet("/faults", (FaultInjector faults) => Results.Json(faults.Rules, json.IReadOnlyDictionaryStringFaultRule));
        admin.MapPut("/faults/{operation}", (string operation, FaultRule rule, FaultInjector faults) =>
        {
            if (rule.ErrorRate is < 0 or > 1 || rule.LatencyMs < 0 || rule.FailNext < 0 || rule.FailEvery < 0 || rule.StatusCode is < 400 or > 599)
            {
                return Results.Json(new AdminError("ErrorRate must be 0..1, LatencyMs, FailNext and FailEvery at least 0, StatusCode 400..599."), json.AdminError, statusCode: 400);
            }

            faults.Set(operation, rule);
            return Results.NoContent();
        });
        admin.MapDelete("/faults/{operation}", (string operation, FaultInjector faults) => faults.Remove(operation) ? Results.NoContent() : Results.NotFound());
        admin.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });

        admin.MapPut("/throttling", (ThrottlingSetting setting, ThrottleGate throttle) =>
        {
            throttle.Enabled = setting.Enabled;
            throttle.Reset();
            return Results.NoContent();
        });

        admin.MapGet("/requests", (RequestCounter counter) => Results.Json(counter.Snapshot(), json.IReadOnlyListRequestCount));
        admin.MapDelete("/requests", (RequestCounter counter) =>
        {
            counter.Reset();
            return Results.NoContent();
        });

        admin.MapPost("/health-check", (DestinationHealthMonitor monitor) =>
            Results.Json(new HealthCheckResult(monitor.CheckNow()), json.HealthCheckResult));

        admin.MapPut("/event-streams/state", (EventStreamStateChange change, EmulatorStore store, TimeProvider time) =>
            SetState(change, store, time));

        admin.MapPut("/kinesis-streams/condition", (KinesisStreamCondition condition, EmulatorStore store, TimeProvider time) =>
            KinesisConditions.Set(condition, store, time));

        return routes;
    }

    private static IResult SetState(EventStreamStateChange change, EmulatorStore store, TimeProvider time)
    {
        var json = EmulatorJsonContext.Default;
        if (!CustomerProfilesArn.TryParse(change.EventStreamArn, out var partition, out var region, out var account, out var domain, out var name)
            || name is null || partition != AwsRegion.PartitionOf(region))
        {
            return Results.Json(new AdminError("EventStreamArn must be an event stream ARN."), json.AdminError, statusCode: 400);
        }

        EventStreamState? state = change.State switch { "RUNNING" => EventStreamState.Running, "STOPPED" => EventStreamState.Stopped, _ => null };
        if (state is null)
        {
            return Results.Json(new AdminError("State must be RUNNING or STOPPED."), json.AdminError, statusCode: 400);
        }

        var found = store.Write(new Scope(account, region), world =>
        {
            var stream = world.EventStream(domain, name);
            if (stream is null)
            {
                return (false, (IReadOnlyList<StateChange>)[]);
            }

            var updated = stream with
            {
                State = state.Value,
                StoppedSince = state == EventStreamState.Stopped ? stream.StoppedSince ?? time.GetUtcNow().UtcDateTime : null,
            };
            return (true, (IReadOnlyList<StateChange>)[new StateChange.EventStream(updated)]);
        });
        return found ? Results.NoContent() : Results.Json(new AdminError($"No event stream {change.EventStreamArn}."), json.AdminError, statusCode: 404);
    }

    private static EmulatorSnapshot Snapshot(EmulatorStore store, ThrottleGate throttle, CustomerProfilesOperations ops)
    {
        var scopes = store.Scopes()
            .Select(scope => store.Read(scope, world => new ScopeSnapshot(
                scope.AccountId,
                scope.Region,
                ops.DomainQuota(scope, world),
                [.. world.Domains.Select(d => d.Name)],
                [.. world.AllEventStreams.Select(s => new EventStreamSnapshot(s.DomainName, s.Name, s.Arn, s.Uri,
                    s.State == EventStreamState.Stopped ? "STOPPED" : "RUNNING",
                    s.Status == EventStreamDestinationStatus.Unhealthy ? "UNHEALTHY" : "HEALTHY", s.UnhealthySince))],
                [.. world.KinesisStreams.Select(k => k.Name)])))
            .Where(s => s.Domains.Count > 0 || s.KinesisStreams.Count > 0)
            .OrderBy(s => s.AccountId, StringComparer.Ordinal).ThenBy(s => s.Region, StringComparer.Ordinal)
            .ToList();
        return new EmulatorSnapshot(scopes, throttle.Enabled);
    }
}
