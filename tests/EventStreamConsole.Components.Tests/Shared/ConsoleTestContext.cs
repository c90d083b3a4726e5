using Bunit;
using EventStreamConsole.Configuration;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace EventStreamConsole.Tests.Shared;

/// <summary>A bUnit context with MudBlazor's services, a fixed clock and the console's UI state.</summary>
public abstract class ConsoleTestContext : BunitContext
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    protected ConsoleTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddScoped<ThemeState>();
        Services.AddScoped<UiClock>();
        Services.AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime, TestLifetime>();
        Services.AddSingleton(new ConsoleBackend(true, "us-east-1", new Uri("http://127.0.0.1:4566/")));
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }

    protected FakeTimeProvider Time { get; } = new(Now);
}
