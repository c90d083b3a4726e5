using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.Emulator.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Emulator.Operations;

/// <summary>
/// Makes destinations real: an event stream whose Kinesis stream is missing, UPDATING for longer than
/// Emulator:UpdatingUnhealthyAfter, encrypted with a KMS key Customer Profiles may not use, throttled or refused turns
/// UNHEALTHY (with UnhealthySince and a Message of its own, see <see cref="DestinationFailures"/>), and HEALTHY again once
/// the condition is gone. Runs every Emulator:HealthCheckInterval.
/// </summary>
public sealed class DestinationHealthMonitor(EmulatorStore store, IOptionsMonitor<EmulatorOptions> options, TimeProvider time, ILogger<DestinationHealthMonitor> logger)
    : BackgroundService
{
    /// <summary>Checks every destination now; returns how many changed health.</summary>
    public int CheckNow()
    {
        var transitions = 0;
        foreach (var scope in store.Scopes())
        {
            transitions += store.Write(scope, world =>
            {
                var changes = new List<StateChange>();
                foreach (var stream in world.AllEventStreams)
                {
                    var updated = Evaluate(world, stream);
                    if (updated is not null)
                    {
                        changes.Add(new StateChange.EventStream(updated));
                        logger.LogInformation("Destination of {EventStreamArn} is now {Status}", updated.Arn, updated.Status);
                    }
                }

                return (changes.Count, (IReadOnlyList<StateChange>)changes);
            });
        }

        return transitions;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CurrentValue.HealthCheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    CheckNow();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Destination health check failed; retrying at the next interval");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private EventStreamRecord? Evaluate(WorldView world, EventStreamRecord stream)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var failure = DestinationFailures.Of(world, stream, now, options.CurrentValue.UpdatingUnhealthyAfter);
        if (failure is not null && (stream.Status != EventStreamDestinationStatus.Unhealthy || stream.Message != failure))
        {
            // A destination that breaks another way stays unhealthy since it first broke; only the message changes.
            return stream with
            {
                Status = EventStreamDestinationStatus.Unhealthy,
                UnhealthySince = stream.Status == EventStreamDestinationStatus.Unhealthy ? stream.UnhealthySince ?? now : now,
                Message = failure,
            };
        }

        if (failure is null && stream.Status != EventStreamDestinationStatus.Healthy)
        {
            return stream with { Status = EventStreamDestinationStatus.Healthy, UnhealthySince = null, Message = null };
        }

        return null;
    }
}
