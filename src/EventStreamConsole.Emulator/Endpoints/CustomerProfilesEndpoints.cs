using System.Globalization;
using System.Text.Json;
using EventStreamConsole.CustomerProfiles.Json;
using EventStreamConsole.Emulator.Operations;
using EventStreamConsole.Emulator.Protocol;
using Microsoft.AspNetCore.Http.Features;

namespace EventStreamConsole.Emulator.Endpoints;

/// <summary>The restJson1 routes of Customer Profiles, exactly as the 2020-08-15 model binds them.</summary>
public static class CustomerProfilesEndpoints
{
    private static readonly CustomerProfilesJsonContext s_json = CustomerProfilesJsonContext.Default;

    public static IEndpointRouteBuilder MapCustomerProfilesApi(this IEndpointRouteBuilder routes)
    {
        const string stream = "/domains/{domainName}/event-streams/{eventStreamName}";

        routes.MapPost(stream, (HttpContext c, string domainName, string eventStreamName) => Run(c, "CreateEventStream", async (ops, scope, ct) =>
        {
            var body = await JsonBody.ReadAsync(c.Request, EmulatorException.BadRequest, ct);
            var response = ops.CreateEventStream(scope, domainName, eventStreamName, body.String("Uri"), body.StringMap("Tags"));
            return JsonSerializer.SerializeToUtf8Bytes(response, s_json.CreateEventStreamResponse);
        }));

        routes.MapGet(stream, (HttpContext c, string domainName, string eventStreamName) => Run(c, "GetEventStream", (ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(ops.GetEventStream(scope, domainName, eventStreamName), s_json.GetEventStreamResponse))));

        routes.MapDelete(stream, (HttpContext c, string domainName, string eventStreamName) => Run(c, "DeleteEventStream", (ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(ops.DeleteEventStream(scope, domainName, eventStreamName), s_json.DeleteEventStreamResponse))));

        routes.MapGet("/domains/{domainName}/event-streams", (HttpContext c, string domainName) => Run(c, "ListEventStreams", (ops, scope, _) =>
        {
            var response = ops.ListEventStreams(scope, domainName, IntQuery(c, "max-results", "MaxResults"), StringQuery(c, "next-token"));
            return Done(JsonSerializer.SerializeToUtf8Bytes(response, s_json.ListEventStreamsResponse));
        }));

        routes.MapPost("/tags/{**resourceArn}", (HttpContext c, string resourceArn) => Run(c, "TagResource", async (ops, scope, ct) =>
        {
            var body = await JsonBody.ReadAsync(c.Request, EmulatorException.BadRequest, ct);
            return JsonSerializer.SerializeToUtf8Bytes(ops.TagResource(scope, TagArn(c), body.StringMap("tags")), s_json.TagResourceResponse);
        }));

        routes.MapDelete("/tags/{**resourceArn}", (HttpContext c, string resourceArn) => Run(c, "UntagResource", (ops, scope, _) =>
        {
            var keys = c.Request.Query["tagKeys"].Where(k => k is not null).Select(k => k!).ToList();
            return Done(JsonSerializer.SerializeToUtf8Bytes(ops.UntagResource(scope, TagArn(c), keys), s_json.UntagResourceResponse));
        }));

        routes.MapGet("/tags/{**resourceArn}", (HttpContext c, string resourceArn) => Run(c, "ListTagsForResource", (ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(ops.ListTagsForResource(scope, TagArn(c)), s_json.ListTagsForResourceResponse))));

        routes.MapGet("/domains", (HttpContext c, CancellationToken requestAborted) => Run(c, "ListDomains", (ops, scope, _) =>
        {
            var response = ops.ListDomains(scope, IntQuery(c, "max-results", "MaxResults"), StringQuery(c, "next-token"));
            return Done(JsonSerializer.SerializeToUtf8Bytes(response, s_json.ListDomainsResponse));
        }));

        routes.MapGet("/domains/{domainName}", (HttpContext c, string domainName) => Run(c, "GetDomain", (ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(ops.GetDomain(scope, domainName), s_json.GetDomainResponse))));

        routes.MapPost("/domains/{domainName}", (HttpContext c, string domainName) => Run(c, "CreateDomain", async (ops, scope, ct) =>
        {
            var body = await JsonBody.ReadAsync(c.Request, EmulatorException.BadRequest, ct);
            var response = ops.CreateDomain(scope, domainName, body.Int("DefaultExpirationDays"), body.String("DefaultEncryptionKey"),
                body.String("DeadLetterQueueUrl"), body.StringMap("Tags"));
            return JsonSerializer.SerializeToUtf8Bytes(response, s_json.CreateDomainResponse);
        }));

        return routes;
    }

    private static Task Run(HttpContext context, string operation, Func<CustomerProfilesOperations, State.Scope, CancellationToken, Task<byte[]>> handler)
    {
        var pipeline = context.RequestServices.GetRequiredService<EmulatorPipeline>();
        var operations = context.RequestServices.GetRequiredService<CustomerProfilesOperations>();
        return pipeline.RunAsync(context, operation, awsJson: false, (scope, ct) => handler(operations, scope, ct));
    }

    private static Task<byte[]> Done(byte[] body) => Task.FromResult(body);

    /// <summary>The ARN label, decoded from the raw request target so an encoded '/' (%2F) is read correctly.</summary>
    private static string TagArn(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        var path = raw.Split('?', 2)[0];
        var start = path.IndexOf("/tags/", StringComparison.Ordinal);
        return start < 0 ? "" : Uri.UnescapeDataString(path[(start + "/tags/".Length)..]);
    }

    private static string? StringQuery(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    private static int? IntQuery(HttpContext context, string name, string member)
    {
        var text = StringQuery(context, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw EmulatorException.BadRequest($"{member} must be an integer (got '{text}').");
    }
}
