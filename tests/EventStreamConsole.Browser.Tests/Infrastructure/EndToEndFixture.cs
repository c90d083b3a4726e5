using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace EventStreamConsole.Tests.EndToEnd.Infrastructure;

/// <summary>
/// The real console (composition root, embedded emulator with the demo, in memory) on a loopback port, and Debian's
/// Chromium driven by Playwright. Chromium comes from BROWSER_PATH (default /usr/bin/chromium); Playwright cannot
/// download browsers here. Without it every browser test fails when CI is set and is skipped, naming the reason, elsewhere.
/// </summary>
public class EndToEndFixture : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;

    public ConsoleWebApplication App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient EmulatorAdmin { get; private set; } = null!;

    /// <summary>Content-Security-Policy violations the browser reported; tests assert there are none.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> CspViolations { get; } = [];

    public static string ScreenshotDirectory { get; } = FindScreenshotDirectory();

    /// <summary>Settings each fixture can add to (faster health checks, refresh intervals).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Emulator:HealthCheckInterval", "00:00:00.250"),
        // Load the 124-domain demo in about a second: the emulator and the client agree on a raised ListEventStreams quota.
        new("Emulator:Throttling:OperationTps:ListEventStreams", "400"),
        new("CustomerProfiles:OperationTps:ListEventStreams", "300"),
        new("Console:DetailRefreshInterval", "00:00:01"),
        // No background refresh mid-test: a grid that reloads under the pointer would swallow a click.
        new("Sweep:Interval", "00:10:00"),
    ];

    public async ValueTask InitializeAsync()
    {
        var browserPath = Environment.GetEnvironmentVariable("BROWSER_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(browserPath))
        {
            var missing = $"Chromium was not found at {browserPath}. Install Debian's chromium (apt-get install chromium) or set BROWSER_PATH.";
            // In CI a missing browser is a broken machine: every browser test fails with this message. Elsewhere the
            // browser tests are reported as not run (skipped, with this reason), never as passed.
            if (IsCi)
            {
                throw new InvalidOperationException(missing + " CI is set, so the browser tests fail instead of being skipped.");
            }

            MissingBrowser = missing;
        }

        await BeforeStartAsync();
        // A derived fixture's setting replaces the base one of the same key.
        App = await TestConsole.CreateAsync([new(TestConsole.EnvironmentKey, "Production"), .. Settings], ConfigureBuilder);
        await App.StartAsync();
        BaseUrl = new Uri(App.Urls.First());
        EmulatorAdmin = new HttpClient { BaseAddress = App.Emulator!.Url };

        if (MissingBrowser is not null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = browserPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Why the browser tests cannot run here (no Chromium outside CI); null when they can.</summary>
    public string? MissingBrowser { get; private set; }

    /// <summary>The CI environment variable is set (to anything but "false" or "0"), as CI services and .ci/run set it.</summary>
    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs before the console starts (an identity provider the console needs, for example).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    /// <summary>Runs after the console and browser are gone.</summary>
    protected virtual ValueTask AfterStopAsync() => ValueTask.CompletedTask;

    /// <summary>Services a fixture adds to the console (trusting a test certificate, for example).</summary>
    protected virtual void ConfigureBuilder(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
    }

    /// <summary>A fresh browser context on <paramref name="path"/>, once the Blazor circuit is interactive.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1400, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await NewPageAsync(width, height, colorScheme);
        await page.GotoAsync(path);
        await WaitInteractiveAsync(page);
        return page;
    }

    /// <summary>A page in a fresh browser context (its own cookies), reporting Content-Security-Policy violations.</summary>
    /// <remarks>The console starts in the system's theme: <paramref name="colorScheme"/> is the one this browser reports.</remarks>
    public async Task<IPage> NewPageAsync(int width = 1400, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        Assert.SkipWhen(MissingBrowser is not null, MissingBrowser + " The browser tests did not run.");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            // Only the mock identity provider has a self-signed certificate; the console itself is plain HTTP on loopback.
            IgnoreHTTPSErrors = true,
        });
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        var page = await context.NewPageAsync();
        // The Content-Security-Policy must not block anything the console needs.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                CspViolations.Add(message.Text);
            }
        };
        return page;
    }

    /// <summary>The body rows of the page's tables: rows of cells, not the header's row of column headers.</summary>
    public static ILocator BodyRows(IPage page) =>
        page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Cell) });

    /// <summary>The open dialog.</summary>
    public static ILocator Dialog(IPage page) => page.GetByRole(AriaRole.Dialog);

    /// <summary>A button of the open dialog by its accessible name (exactly, unless <paramref name="exact"/> is false).</summary>
    public static ILocator DialogButton(IPage page, string name, bool exact = true) =>
        Dialog(page).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = exact });

    public static async Task WaitInteractiveAsync(IPage page) =>
        await page.WaitForSelectorAsync("[data-circuit='ready']", new PageWaitForSelectorOptions { Timeout = 30_000 });

    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = fullPage });

    /// <summary>
    /// Runs axe-core on the page in its theme, then in the other one (the browser reports the other colour scheme and the
    /// console follows it), then restores the first; any serious or critical violation in either fails the test, naming
    /// theme, rule and elements.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, string pageName)
    {
        var themed = await page.Locator("[data-theme]").CountAsync() > 0;
        var first = themed && await page.GetAttributeAsync("[data-theme]", "data-theme") == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        var second = first == ColorScheme.Dark ? ColorScheme.Light : ColorScheme.Dark;
        var failures = new List<string>();
        foreach (var scheme in new[] { first, second })
        {
            await UseColorSchemeAsync(page, scheme, themed);
            failures.AddRange(await AxeFailuresAsync(page, $"{pageName} ({SchemeName(scheme)} theme)"));
        }

        await UseColorSchemeAsync(page, first, themed);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The theme's name as the console's <c>data-theme</c> attribute and the screenshot names spell it.</summary>
    public static string SchemeName(ColorScheme scheme) => scheme == ColorScheme.Dark ? "dark" : "light";

    /// <summary>Makes the browser report <paramref name="scheme"/> and, on the console's pages, waits until the theme follows.</summary>
    public static async Task UseColorSchemeAsync(IPage page, ColorScheme scheme, bool themed = true)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        if (themed)
        {
            await page.WaitForSelectorAsync($"[data-theme='{SchemeName(scheme)}']", new PageWaitForSelectorOptions { Timeout = 15_000, State = WaitForSelectorState.Attached });
            // Colours change with a short CSS transition: measure them once they have settled.
            await page.WaitForTimeoutAsync(400);
        }
    }

    private static async Task<IEnumerable<string>> AxeFailuresAsync(IPage page, string pageName)
    {
        // A snackbar fades in; measure contrast once it is fully shown.
        if (await page.Locator(".mud-snackbar").CountAsync() > 0)
        {
            await page.WaitForTimeoutAsync(1000);
        }

        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        return blocking.Count == 0
            ? []
            : [$"axe found {blocking.Count} serious/critical violations on {pageName}:\n" + string.Join("\n",
                blocking.Select(v => $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target) + " " + n.Any?.FirstOrDefault()?.Message))}"))];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        EmulatorAdmin?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await AfterStopAsync();
        GC.SuppressFinalize(this);
    }

    private static string FindScreenshotDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EventStreamConsole.sln")))
        {
            directory = directory.Parent;
        }

        var target = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(target);
        return target;
    }
}
