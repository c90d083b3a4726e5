using System.Globalization;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Hosting;

/// <summary>
/// GET /audit/export.csv with the audit page's filters; EventStreams.Admin or EventStreams.Auditor only. Filters that
/// cannot match as written (a malformed day, an unknown action, From after To) are refused with 400 naming each one,
/// rather than answered with an empty file that looks like "nothing happened".
/// </summary>
public static class AuditExportEndpoint
{
    public const string Path = "/audit/export.csv";

    public static void MapAuditExport(this WebApplication app) => app.MapGet(Path, async (HttpContext context, AuditStore store,
        IOptionsMonitor<AuthOptions> authOptions, TimeProvider time, ILogger<AuditStore> logger) =>
    {
        // Keys as the page reads them (any case); a key given twice in different cases keeps its last value.
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in context.Request.Query)
        {
            values[key] = value.ToString();
        }

        if (AuditUrlState.Errors(values) is { Count: > 0 } errors)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The audit export was refused: " + string.Join(" ", errors), context.RequestAborted);
            return;
        }

        var query = AuditUrlState.Parse(values);
        var user = ConsoleUser.From(context.User, authOptions.CurrentValue.RoleNames);
        logger.LogInformation("Audit {EventType}: {User} ({UserObjectId}) exported the audit trail with filters {Filters}",
            "AuditExport", user.Name, user.ObjectId, AuditUrlState.ToQueryString(query));
        var name = $"event-stream-audit-{time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.csv";
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        context.Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await AuditCsv.WriteAsync(store, query, writer, context.RequestAborted);
    }).RequireAuthorization(ConsolePolicies.ViewAudit);
}
