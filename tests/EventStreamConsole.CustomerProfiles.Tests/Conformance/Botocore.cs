using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// AWS's Python SDK on this machine: its data folder (the services' machine-readable models) and the oracle script
/// that lets botocore serialize, sign and resolve endpoints for us. Found by asking python3 where botocore lives
/// (pip's botocore, or Debian's python3-boto3 in /usr/lib/python3/dist-packages).
/// </summary>
public static class Botocore
{
    public const string Python = "python3";

    private static readonly Lazy<(string Directory, string Version)> s_package = new(LocatePackage);
    private static readonly Lazy<ServiceModel> s_profile = new(() => LoadModel("customer-profiles", "2020-08-15"));
    private static readonly Lazy<ServiceModel> s_kinesis = new(() => LoadModel("kinesis", "2013-12-02"));

    /// <summary>.../botocore/data: one folder per service and API version, plus partitions.json and endpoints.json.</summary>
    public static string DataDirectory => Path.Combine(s_package.Value.Directory, "data");

    /// <summary>Which botocore judges, e.g. "botocore 1.43.11 at /usr/lib/python3/dist-packages/botocore".</summary>
    public static string Description => $"botocore {s_package.Value.Version} at {s_package.Value.Directory}";

    public static ServiceModel CustomerProfiles => s_profile.Value;

    public static ServiceModel Kinesis => s_kinesis.Value;

    public static ServiceModel Model(string service) => service == "customer-profiles" ? CustomerProfiles : Kinesis;

    /// <summary>A file of botocore/data; botocore ships most of them gzipped (name.json.gz), Debian unpacks them.</summary>
    public static JsonNode ReadData(string relativePath)
    {
        var path = Path.Combine(DataDirectory, relativePath);
        if (!File.Exists(path) && File.Exists(path + ".gz"))
        {
            path += ".gz";
        }

        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return JsonNode.Parse(stream) ?? throw new InvalidDataException($"{path} is empty.");
    }

    /// <summary>Runs botocore_oracle.py once for all <paramref name="cases"/>; one result per case, in order.</summary>
    public static async Task<OracleAnswer> AskAsync(string mode, JsonArray cases, CancellationToken cancellationToken)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Conformance", "botocore_oracle.py");
        var request = new JsonObject { ["mode"] = mode, ["cases"] = cases };
        var (exitCode, output, error) = await RunAsync(script, request.ToJsonString(), cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"botocore_oracle.py {mode} failed with exit code {exitCode}:\n{error}");
        }

        var answer = JsonNode.Parse(output)!.AsObject();
        var results = answer["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
        if (results.Count != cases.Count)
        {
            throw new InvalidOperationException($"botocore_oracle.py {mode} answered {results.Count} results for {cases.Count} cases.");
        }

        return new OracleAnswer((string)answer["botocore"]!, results);
    }

    private static ServiceModel LoadModel(string service, string apiVersion) =>
        new(service, ReadData(Path.Combine(service, apiVersion, "service-2.json")).AsObject(),
            ReadData(Path.Combine(service, apiVersion, "paginators-1.json")).AsObject());

    private static (string Directory, string Version) LocatePackage()
    {
        const string Probe = "import botocore,os;print(os.path.dirname(botocore.__file__));print(botocore.__version__)";
        (int ExitCode, string Output, string Error) result;
        try
        {
            result = RunAsync("-c", Probe, CancellationToken.None, argumentIsCode: true).GetAwaiter().GetResult();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"The conformance tests need {Python} with botocore (AWS's models are read from botocore/data) but {Python} could not be started: {ex.Message}. " +
                "Install it with 'pip install botocore' or 'apt-get install python3-boto3'.", ex);
        }

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var directory = lines.FirstOrDefault() ?? "";
        if (result.ExitCode != 0 || lines.Length < 2 || !Directory.Exists(Path.Combine(directory, "data")))
        {
            throw new InvalidOperationException(
                $"The conformance tests need botocore (AWS's models are read from botocore/data) but '{Python} -c \"{Probe}\"' failed " +
                $"(exit code {result.ExitCode}): {result.Error.Trim()} Install it with 'pip install botocore' or 'apt-get install python3-boto3'.");
        }

        var version = lines[1];
        if (Version.TryParse(version, out var parsed) && parsed < ModelDifferences.OldestJudge)
        {
            throw new InvalidOperationException(
                $"botocore {version} at {directory} is older than {ModelDifferences.OldestJudge}: its models predate the ones " +
                $"Conformance/ModelDifferences.cs was reviewed against (botocore {ModelDifferences.ReviewedAgainst}), so it cannot judge this client. " +
                $"Put a newer botocore first on PATH's {Python} ('pip install -U botocore').");
        }

        return (directory, version);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string scriptOrFlag, string input, CancellationToken cancellationToken, bool argumentIsCode = false)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = !argumentIsCode,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new System.Text.UTF8Encoding(false),
            StandardInputEncoding = argumentIsCode ? null : new System.Text.UTF8Encoding(false),
        };
        start.ArgumentList.Add(scriptOrFlag);
        if (argumentIsCode)
        {
            start.ArgumentList.Add(input);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        if (!argumentIsCode)
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}

/// <summary>What the oracle answered, and which botocore answered it.</summary>
public sealed record OracleAnswer(string BotocoreVersion, IReadOnlyList<JsonObject> Results);
