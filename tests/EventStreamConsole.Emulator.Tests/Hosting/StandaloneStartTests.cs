using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EventStreamConsole.Emulator.Admin;

namespace EventStreamConsole.Emulator.Tests.Hosting;

/// <summary>The emulator as docs/emulator.md starts it: its own process, from the repository root.</summary>
public sealed partial class StandaloneStartTests
{
    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:[0-9]+)")]
    private static partial Regex ListeningPattern();

    [Fact]
    public async Task Start_FromRepositoryRootWithTheConsolesAppSettings_StartsEmpty()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = RepositoryRoot();
        Assert.Contains("\"Seed\": \"Demo\"", await File.ReadAllTextAsync(Path.Combine(root, "appsettings.json"), ct), StringComparison.Ordinal);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "EventStreamConsole.Emulator.dll"), "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var url = await ListeningUrlAsync(process, ct);
            using var http = new HttpClient { BaseAddress = new Uri(url) };

            var state = await http.GetFromJsonAsync<EmulatorSnapshot>("/_emulator/state", ct);

            Assert.Empty(state!.Scopes);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task<string> ListeningUrlAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var log = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            log.AppendLine(line);
            if (ListeningPattern().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"The emulator exited before listening:\n{log}{await process.StandardError.ReadToEndAsync(cancellationToken)}");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EventStreamConsole.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (EventStreamConsole.sln) is not above " + AppContext.BaseDirectory);
    }
}
