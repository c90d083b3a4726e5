using System.Globalization;
using System.Text;
using EventStreamConsole.Authentication;
using EventStreamConsole.Aws;
using EventStreamConsole.Exports;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Hosting;

/// <summary>
/// Downloads of what the pages show (EventStreams.View): the event streams list as filtered and sorted
/// (<c>/export/streams.csv|json</c>, the list's own query parameters) and /health's problems (<c>/export/health.csv|json</c>,
/// its parameters). They read the shared inventory, never AWS. Parameters that cannot mean anything are refused with 400
/// naming each; a region whose first read has not finished is answered 409, as a partial list would look complete.
/// </summary>
public static class ExportEndpoints
{
    public const string StreamsCsv = "/export/streams.csv";
    public const string StreamsJson = "/export/streams.json";
    public const string HealthCsv = "/export/health.csv";
    public const string HealthJson = "/export/health.json";

    public static void MapExports(this WebApplication app)
    {
        app.MapGet(StreamsCsv, (HttpContext context, RegionClients clients, InventoryStore inventory, TimeProvider time) =>
            StreamsAsync(context, clients, inventory, time, json: false)).RequireAuthorization(ConsolePolicies.View);
        app.MapGet(StreamsJson, (HttpContext context, RegionClients clients, InventoryStore inventory, TimeProvider time) =>
            StreamsAsync(context, clients, inventory, time, json: true)).RequireAuthorization(ConsolePolicies.View);
        app.MapGet(HealthCsv, (HttpContext context, RegionClients clients, InventoryStore inventory, HealthHistoryStore history, TimeProvider time) =>
            HealthAsync(context, clients, inventory, history, time, json: false)).RequireAuthorization(ConsolePolicies.View);
        app.MapGet(HealthJson, (HttpContext context, RegionClients clients, InventoryStore inventory, HealthHistoryStore history, TimeProvider time) =>
            HealthAsync(context, clients, inventory, history, time, json: true)).RequireAuthorization(ConsolePolicies.View);
    }

    private static async Task StreamsAsync(HttpContext context, RegionClients clients, InventoryStore inventory, TimeProvider time, bool json)
    {
        var values = Values(context);
        var errors = new List<string>(ListUrlState.Errors(values));
        var accountId = values.GetValueOrDefault("account");
        if (!string.IsNullOrWhiteSpace(accountId) && clients.Accounts.All(a => a.AccountId != accountId))
        {
            errors.Add($"'account' must be one of {string.Join(", ", clients.Accounts.Select(a => a.AccountId))} (it is '{accountId}').");
        }

        var account = clients.AccountOf(accountId);
        var region = values.GetValueOrDefault("region");
        if (!string.IsNullOrWhiteSpace(region) && !account.Regions.Contains(region, StringComparer.Ordinal))
        {
            errors.Add($"'region' must be one of {string.Join(", ", account.Regions)} for account {account.AccountId} (it is '{region}').");
        }

        if (errors.Count > 0)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, string.Join(" ", errors));
            return;
        }

        var key = new InventoryKey(account.AccountId, ListUrlState.RegionOrDefault(region, account.Regions));
        var snapshot = inventory.Get(key);
        if (!snapshot.IsLoaded)
        {
            inventory.EnsureFresh(key);
            await RefuseAsync(context, StatusCodes.Status409Conflict,
                $"{key.Region} is still being read ({snapshot.DomainsRead} of {(snapshot.DomainsTotal > 0 ? snapshot.DomainsTotal.ToString(CultureInfo.InvariantCulture) : "?")} domains); a list exported now would be incomplete. Try again in a moment.");
            return;
        }

        var query = ListUrlState.Parse(values);
        var rows = StreamListExport.Rows(snapshot, query);
        await DownloadAsync(context, $"event-streams-{key.Region}-{Stamp(time)}", json,
            body => StreamListExport.WriteJsonAsync(snapshot, query, rows, body, context.RequestAborted),
            writer => StreamListExport.WriteCsvAsync(rows, writer, context.RequestAborted));
    }

    private static async Task HealthAsync(HttpContext context, RegionClients clients, InventoryStore inventory, HealthHistoryStore history, TimeProvider time, bool json)
    {
        var values = Values(context);
        var (filters, note) = HealthFilters.Resolve(values.GetValueOrDefault(HealthFilters.SearchKey), values.GetValueOrDefault(HealthFilters.RegionKey),
            values.GetValueOrDefault(HealthFilters.AccountKey), clients.Accounts);
        if (note is not null)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, note.Replace("showing every", "choose one of the console's, or leave it out for every", StringComparison.Ordinal));
            return;
        }

        var snapshots = clients.Keys.Select(inventory.Get).ToList();
        var unread = snapshots.Where(s => !s.IsLoaded).Select(s => s.Key.Region).ToList();
        if (unread.Count > 0)
        {
            foreach (var snapshot in snapshots.Where(s => !s.IsLoaded))
            {
                inventory.EnsureFresh(snapshot.Key);
            }

            await RefuseAsync(context, StatusCodes.Status409Conflict,
                $"{string.Join(", ", unread)} {(unread.Count == 1 ? "is" : "are")} still being read; the problems exported now would be incomplete. Try again in a moment.");
            return;
        }

        var overview = HealthOverview.From(snapshots);
        var rows = HealthProblemsExport.Rows(overview, filters, history.Window(time.GetUtcNow()));
        await DownloadAsync(context, $"event-stream-problems-{Stamp(time)}", json,
            body => HealthProblemsExport.WriteJsonAsync(overview, filters, rows, body, context.RequestAborted),
            writer => HealthProblemsExport.WriteCsvAsync(rows, writer, context.RequestAborted));
    }

    // Keys as the pages read them (any case); a key given twice in different cases keeps its last value.
    private static Dictionary<string, string?> Values(HttpContext context)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in context.Request.Query)
        {
            values[key] = value.ToString();
        }

        return values;
    }

    private static string Stamp(TimeProvider time) => time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

    /// <summary>An attachment named <paramref name="name"/>: JSON, or CSV in UTF-8 with a byte order mark (for spreadsheets).</summary>
    private static async Task DownloadAsync(HttpContext context, string name, bool json, Func<Stream, Task> writeJson, Func<TextWriter, Task> writeCsv)
    {
        context.Response.ContentType = json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{(json ? "json" : "csv")}\"";
        context.Response.Headers.CacheControl = "no-store";
        if (json)
        {
            await writeJson(context.Response.Body);
            return;
        }

        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writeCsv(writer);
    }

    private static async Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("The export was refused: " + message, context.RequestAborted);
    }
}
