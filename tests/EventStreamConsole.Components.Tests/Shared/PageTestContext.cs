using Bunit;
using Bunit.TestDoubles;
using EventStreamConsole.Authentication;
using EventStreamConsole.Configuration;
using EventStreamConsole.Service;
using EventStreamConsole.ViewModels;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventStreamConsole.Tests.Shared;

/// <summary>A context for pages and dialogs: the fake service, the providers MudBlazor needs, and the console's options.</summary>
public abstract class PageTestContext : ConsoleTestContext
{
    protected PageTestContext()
    {
        Services.AddSingleton<IEventStreamService>(Service);
        Services.AddScoped<TimeDisplay>();
        Services.AddScoped<ListColumns>();
        Services.AddScoped<LiveUpdates>();
        Services.AddScoped<CurrentPlace>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ConsoleOptions { DetailRefreshInterval = TimeSpan.FromMinutes(5) }));
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new HistoryOptions()));
        Services.AddLogging();
        SignIn(Service.User);
    }

    protected FakeEventStreamService Service { get; } = new();

    protected BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    /// <summary>Pages get the signed-in user from the layout; this cascades <paramref name="user"/> to everything rendered after.</summary>
    protected void SignIn(ConsoleUser user)
    {
        Service.User = user;
        RenderTree.Add<CascadingValue<ConsoleUser>>(p => p.Add(c => c.Value, user));
    }

    /// <summary>Where open lists and menus render, once <see cref="RenderProviders"/> ran.</summary>
    protected IRenderedComponent<MudPopoverProvider>? Popovers { get; private set; }

    /// <summary>Renders MudBlazor's providers beside the component under test; dialogs render into the returned one.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Popovers = Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<MudDialogProvider>();
    }
}

/// <summary>Renders its child content.</summary>
public sealed class Host : ComponentBase
{
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, ChildContent);
}

/// <summary>An application that never stops, for component tests.</summary>
public sealed class TestLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication()
    {
    }
}
