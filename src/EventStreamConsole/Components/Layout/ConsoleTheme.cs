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
            Warning = "#975a00",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7fb3e6",
            // White on this light blue is 2.2:1: filled buttons take dark text.
            PrimaryContrastText = "rgba(0,0,0,0.87)",
            AppbarBackground = "#0f2236",
            // Light enough to read as text on the dark background (outlined chips and banners, ≥ 4.5:1); dark text when filled.
            Info = "#90caf9",
            InfoContrastText = "rgba(0,0,0,0.87)",
            // Material's 50 % white is 4.4:1 on the dark background; 70 % reads at 7.5:1.
            TextSecondary = "rgba(255,255,255,0.70)",
            // Filled success and warning (snackbars, filled chips) take dark text: white on these is 2.4:1 and 1.9:1.
            Success = "#66bb6a",
            SuccessContrastText = "rgba(0,0,0,0.87)",
            // #ef5350 is 3.4:1 on the dark background; this red reads at 5:1 (dark text when filled).
            Error = "#ff8a80",
            ErrorContrastText = "rgba(0,0,0,0.87)",
            Warning = "#ffb74d",
            WarningContrastText = "rgba(0,0,0,0.87)",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
