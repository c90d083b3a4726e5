using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.Components;
using EventStreamConsole.Configuration;
using EventStreamConsole.Health;
using EventStreamConsole.Hosting;
using EventStreamConsole.Inventory;
using EventStreamConsole.Service;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.Options;
using Serilog;

namespace EventStreamConsole;

/// <summary>
/// The composition root: builds the whole app from configuration, starting the embedded emulator when no AWS
/// region is set. Tests start it with their own settings and a port of 0.
/// </summary>
public sealed class ConsoleWebApplication : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmbeddedEmulator? _emulator;

    private ConsoleWebApplication(WebApplication app, EmbeddedEmulator? emulator)
    {
        _app = app;
        _emulator = emulator;
    }

    public IServiceProvider Services => _app.Services;

    public EmbeddedEmulator? Emulator => _emulator;

    public ICollection<string> Urls => _app.Urls;

    public static async Task<ConsoleWebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var logger = LoggingSetup.Create(builder.Configuration, builder.Environment);
        builder.Services.AddSerilog(logger, dispose: true);

        EmbeddedEmulator? emulator = null;
        if (string.IsNullOrWhiteSpace(builder.Configuration[ConfigurationKeys.AwsRegion]))
        {
            emulator = await EmbeddedEmulator.StartAsync(builder.Configuration, builder.Environment.ContentRootPath, logger, cancellationToken);
            builder.Configuration.AddInMemoryCollection(emulator.ClientSettings(builder.Configuration));
            logger.Information("No {Key} configured: using the embedded emulator at {EmulatorUrl}", ConfigurationKeys.AwsRegion, emulator.Url);
        }

        try
        {
            var auth = AuthConfiguration.Read(builder.Configuration, emulator is not null);
            AddServices(builder, emulator is not null);
            builder.AddConsoleAuthentication(auth);
            var app = builder.Build();
            try
            {
                OpenStores(app);
                ConfigurePipeline(app, logger, auth);
                RequirePageAssets(app);
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }

            return new ConsoleWebApplication(app, emulator);
        }
        catch
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Runs until shutdown; a configuration error is reported key by key and ends the process with 1.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await using var console = await CreateAsync(args);
            await console._app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ValidationFailures(ex) is { Count: > 0 } failures)
        {
            await Console.Error.WriteLineAsync("Event Stream Console cannot start; fix these settings (appsettings.json, environment variables with __ for :, or --Key=Value):");
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync("  - " + failure);
            }

            return 1;
        }
        catch (MissingPageAssetsException ex)
        {
            await Console.Error.WriteLineAsync("Event Stream Console cannot start: " + ex.Message);
            return 1;
        }
    }

    /// <summary>Every setting failure in <paramref name="exception"/> (one options type, or several at once); empty for other errors.</summary>
    public static IReadOnlyList<string> ValidationFailures(Exception exception) => exception switch
    {
        OptionsValidationException options => [.. options.Failures],
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };

    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>The table of contents: one registration per area, each with its options, their validator and its services.</summary>
    private static void AddServices(WebApplicationBuilder builder, bool embeddedEmulator)
    {
        var configuration = builder.Configuration;
        builder.Services
            .AddAwsBoundary(configuration, embeddedEmulator)
            .AddInventory(configuration)
            .AddHealthAndAlerts(configuration)
            .AddAuditTrail(configuration)
            .AddConsoleService()
            .AddWebFrontEnd()
            .AddObservability();
    }

    /// <summary>Opens the audit trail and the health history now, so a path that cannot be written stops the start, not the first change.</summary>
    private static void OpenStores(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<AuditStore>();
            app.Services.GetRequiredService<HealthHistoryStore>();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            var audit = app.Services.GetRequiredService<IOptions<AuditOptions>>().Value.DatabasePath;
            var history = app.Services.GetRequiredService<IOptions<HistoryOptions>>().Value.DatabasePath;
            throw new OptionsValidationException(AuditOptions.SectionName, typeof(AuditOptions),
                [$"{ConfigurationKeys.AuditDatabasePath} '{audit}' or {ConfigurationKeys.HistoryDatabasePath} '{history}' cannot be opened: {ex.Message}"]);
        }
    }

    /// <summary>
    /// Every page needs the framework's and MudBlazor's scripts. Published, they are files under wwwroot; from a build
    /// output they exist only through the development manifest (<c>UseStaticWebAssets</c>, which Development turns on).
    /// Without them pages render but never become interactive, so the app refuses to start instead.
    /// </summary>
    private static void RequirePageAssets(WebApplication app)
    {
        var missing = PageAssets.Missing(app, app.Environment);
        if (missing.Count > 0)
        {
            throw new MissingPageAssetsException(missing);
        }
    }

    private static void ConfigurePipeline(WebApplication app, Serilog.ILogger logger, AuthDecision auth)
    {
        var authMode = app.Services.GetRequiredService<ConsoleAuthMode>().Mode;
        if (auth.IsValid && authMode == AuthMode.Unsecured)
        {
            logger.Warning("{Key} is {AuthMode}: nobody signs in and everyone who can reach this console is an administrator. Use it only behind your own access control.", ConfigurationKeys.AuthMode, authMode);
        }
        else if (auth.IsValid)
        {
            logger.Information("Sign-in: {AuthMode}", authMode);
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseSerilogRequestLogging(options => options.Logger = logger);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapDestinationHealth();
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        app.MapAccountEndpoints(authMode);
        app.MapAuditExport();
        app.MapExports();
        // Every page and the circuit need a signed-in user with a console role; the account pages opt out.
        // SecurityHeaders already sends the whole policy, frame-ancestors 'none' included; Blazor's own header would be a second CSP.
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
            .RequireAuthorization(ConsolePolicies.View);
    }
}
