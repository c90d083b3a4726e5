namespace EventStreamConsole.Model;

/// <summary>The circuit's light/dark choice; starts from the browser's preference.</summary>
public sealed class ThemeState
{
    public bool IsDarkMode { get; set; }

    public event Action? Changed;

    public void Toggle()
    {
        IsDarkMode = !IsDarkMode;
        Changed?.Invoke();
    }
}
