namespace EventStreamConsole.Hosting;

/// <summary>
/// The framework, package and app files every page loads (App.razor references them through <c>@Assets[...]</c>), and
/// the check at start that each is really served: a missing one would leave every page without interactivity and
/// show only in the browser's console.
/// </summary>
public static class PageAssets
{
    public const string BlazorScript = "_framework/blazor.web.js";
    public const string MudBlazorScript = "_content/MudBlazor/MudBlazor.min.js";
    public const string MudBlazorStyles = "_content/MudBlazor/MudBlazor.min.css";
    public const string AppScript = "app.js";
    public const string AppStyles = "app.css";
    public const string Icon = "favicon.svg";

    public static IReadOnlyList<string> All { get; } = [BlazorScript, MudBlazorScript, MudBlazorStyles, AppScript, AppStyles, Icon];

    /// <summary>
    /// The assets of <see cref="All"/> that have no static-asset endpoint or no file behind it, with the reason; empty
    /// when the app can serve every one.
    /// </summary>
    public static IReadOnlyList<string> Missing(IEndpointRouteBuilder endpoints, IWebHostEnvironment environment)
    {
        var routes = endpoints.DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText?.TrimStart('/'))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var asset in All)
        {
            if (!routes.Contains(asset))
            {
                missing.Add($"{asset}: not in the static web assets manifest ({environment.ApplicationName}.staticwebassets.endpoints.json)");
            }
            else if (!environment.WebRootFileProvider.GetFileInfo(asset).Exists)
            {
                missing.Add($"{asset}: in the manifest, but no file under {environment.WebRootPath}");
            }
        }

        return missing;
    }
}
