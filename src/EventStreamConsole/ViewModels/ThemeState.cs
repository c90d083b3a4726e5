namespace EventStreamConsole.ViewModels;

/// <summary>The circuit's light/dark choice; starts from the browser's preference. Only the layout shows and toggles it.</summary>
public sealed class ThemeState
{
    public bool IsDarkMode { get; set; }

    public void Toggle() => IsDarkMode = !IsDarkMode;
}
