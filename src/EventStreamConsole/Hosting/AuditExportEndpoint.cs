using System.Globalization;
using EventStreamConsole.Audit;
using EventStreamConsole.Authentication;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Hosting;

/// <summary>GET /audit/export.csv with the audit page's filters; EventStreams.Admin or EventStreams.Auditor only.</summary>
public static class AuditExportEndpoint
{
    public const string Path = "/audit/export.csv";

    public static void MapAuditExport(this WebApplication app) => app.MapGet(Path, async (HttpContext context, AuditStore store,
        IOptionsMonitor<AuthOptions> authOptions, TimeProvider time, ILogger<AuditStore> logger) =>
    {
        var query = AuditUrlState.Parse(context.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));
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
