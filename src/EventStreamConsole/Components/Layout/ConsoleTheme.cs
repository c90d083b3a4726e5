using MudBlazor;

namespace EventStreamConsole.Components.Layout;

/// <summary>One palette for the console: calm chrome, so health colours carry the meaning.</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f99",
            AppbarBackground = "#15324f",
            // Darker than Material's defaults so white text on them passes WCAG AA contrast.
            Info = "#0b5cad",
            TextSecondary = "rgba(0,0,0,0.66)",
            Success = "#2e7d32",
            Error = "#c62828",
            Warning = "#b26a00",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7fb3e6",
            AppbarBackground = "#0f2236",
            Info = "#0b5cad",
            Success = "#66bb6a",
            Error = "#ef5350",
            Warning = "#ffb74d",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
