using EventStreamConsole.Components.Layout;
using MudBlazor;
using MudBlazor.Utilities;

namespace EventStreamConsole.Tests.Components.Layout;

/// <summary>
/// Filled colours (snackbars, filled chips and buttons) put their contrast text on the colour itself: every pair must read
/// at WCAG AA (4.5:1) in both themes, whatever axe happens to catch on screen.
/// </summary>
public sealed class ConsoleThemeTests
{
    public static TheoryData<string, string> FilledColours() => new()
    {
        { "light", "Primary" }, { "light", "Info" }, { "light", "Success" }, { "light", "Warning" }, { "light", "Error" },
        { "dark", "Primary" }, { "dark", "Info" }, { "dark", "Success" }, { "dark", "Warning" }, { "dark", "Error" },
    };

    [Theory]
    [MemberData(nameof(FilledColours))]
    public void FilledColour_WithItsContrastText_ReadsAtLeastAa(string theme, string colour)
    {
        Palette palette = theme == "dark" ? ConsoleTheme.Theme.PaletteDark : ConsoleTheme.Theme.PaletteLight;
        var background = (MudColor)typeof(Palette).GetProperty(colour)!.GetValue(palette)!;
        var text = (MudColor)typeof(Palette).GetProperty(colour + "ContrastText")!.GetValue(palette)!;

        var ratio = ContrastRatio(Blend(text, background), background);

        Assert.True(ratio >= 4.5, $"{theme} {colour} {background} with {text}: {ratio:0.00}:1");
    }

    private static (double R, double G, double B) Blend(MudColor top, MudColor under)
    {
        var alpha = top.A / 255.0;
        return (top.R * alpha + under.R * (1 - alpha), top.G * alpha + under.G * (1 - alpha), top.B * alpha + under.B * (1 - alpha));
    }

    private static double ContrastRatio((double R, double G, double B) text, MudColor background)
    {
        var lighter = Luminance(text.R, text.G, text.B);
        var darker = Luminance(background.R, background.G, background.B);
        if (lighter < darker)
        {
            (lighter, darker) = (darker, lighter);
        }

        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(double r, double g, double b) => 0.2126 * Channel(r) + 0.7152 * Channel(g) + 0.0722 * Channel(b);

    private static double Channel(double value)
    {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
