using System.Collections.Concurrent;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace EventStreamConsole.Tests.Shared;

/// <summary>
/// A Serilog sink the console's own logging setup loads from configuration (Serilog:Using / Serilog:WriteTo), so tests see
/// every event exactly as it would be written: message, properties and exception.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    public static ConcurrentQueue<LogEvent> Events { get; } = new();

    /// <summary>The settings that route the console's logs here too, at every level.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings { get; } =
    [
        new("Serilog:Using:0", typeof(LogCapture).Assembly.GetName().Name),
        new("Serilog:WriteTo:0:Name", nameof(LogCaptureSinkExtensions.TestCapture)),
        new("Serilog:MinimumLevel:Default", "Verbose"),
        new("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose"),
        new("Serilog:MinimumLevel:Override:System.Net.Http.HttpClient", "Verbose"),
    ];

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    /// <summary>Everything an event would put in a log file, as one string to search.</summary>
    public static string Render(LogEvent logEvent) =>
        logEvent.RenderMessage() + " " + string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + logEvent.Exception;
}

public static class LogCaptureSinkExtensions
{
    public static LoggerConfiguration TestCapture(this LoggerSinkConfiguration sink) => sink.Sink(new LogCapture());
}
