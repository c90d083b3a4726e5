namespace EventStreamConsole.Hosting;

/// <summary>The app cannot serve files every page loads (see <see cref="PageAssets"/>); it does not start.</summary>
public sealed class MissingPageAssetsException : Exception
{
    public MissingPageAssetsException(IReadOnlyList<string> missing)
        : base(Describe(missing))
    {
        Missing = missing;
    }

    public MissingPageAssetsException()
        : this([])
    {
    }

    public MissingPageAssetsException(string message)
        : base(message)
    {
        Missing = [message];
    }

    public MissingPageAssetsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Missing = [message];
    }

    public IReadOnlyList<string> Missing { get; }

    private static string Describe(IReadOnlyList<string> missing) =>
        "files every page loads cannot be served (" + string.Join("; ", missing) + "). Run a published build " +
        "(dotnet publish), or a build output in the Development environment, which serves them from the packages.";
}
