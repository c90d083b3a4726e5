using System.Globalization;
using System.Text.Json;
using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.Emulator.Operations;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Emulator.State;
using Microsoft.AspNetCore.Http.Features;

namespace EventStreamConsole.Emulator.Endpoints;

/// <summary>The restJson1 routes of Customer Profiles, exactly as the 2020-08-15 model binds them.</summary>
public static class CustomerProfilesEndpoints
{
    private const string Stream = "/domains/{domainName}/event-streams/{eventStreamName}";
    private static readonly WireJsonContext s_json = WireJsonContext.Default;

    private delegate Task<byte[]> Operation(HttpContext context, CustomerProfilesOperations operations, Scope scope, CancellationToken cancellationToken);

    public static IEndpointRouteBuilder MapCustomerProfilesApi(this IEndpointRouteBuilder routes)
    {
        Map(routes, HttpMethods.Post, Stream, "CreateEventStream", async (c, ops, scope, ct) =>
        {
            using var body = await JsonBody.ReadAsync(c.Request, EmulatorException.BadRequest, ct);
            var response = ops.CreateEventStream(scope, Route(c, "domainName"), Route(c, "eventStreamName"), body.String("Uri"), body.StringMap("Tags"));
            return JsonSerializer.SerializeToUtf8Bytes(response, s_json.CreateEventStreamResponse);
        });

        Map(routes, HttpMethods.Get, Stream, "GetEventStream", (c, ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(ops.GetEventStream(scope, Route(c, "domainName"), Route(c, "eventStreamName")), s_json.GetEventStreamResponse)));

        Map(routes, HttpMethods.Delete, Stream, "DeleteEventStream", (c, ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(ops.DeleteEventStream(scope, Route(c, "domainName"), Route(c, "eventStreamName")), s_json.DeleteEventStreamResponse)));

        Map(routes, HttpMethods.Get, "/domains/{domainName}/event-streams", "ListEventStreams", (c, ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(
                ops.ListEventStreams(scope, Route(c, "domainName"), IntQuery(c, "max-results", "MaxResults"), StringQuery(c, "next-token")),
                s_json.ListEventStreamsResponse)));

        Map(routes, HttpMethods.Post, "/tags/{**resourceArn}", "TagResource", async (c, ops, scope, ct) =>
        {
            using var body = await JsonBody.ReadAsync(c.Request, EmulatorException.BadRequest, ct);
            return JsonSerializer.SerializeToUtf8Bytes(ops.TagResource(scope, TagArn(c), body.StringMap("tags")), s_json.TagResourceResponse);
        });

        Map(routes, HttpMethods.Delete, "/tags/{**resourceArn}", "UntagResource", (c, ops, scope, _) =>
        {
            var keys = c.Request.Query["tagKeys"].Where(k => k is not null).Select(k => k!).ToList();
            return Done(JsonSerializer.SerializeToUtf8Bytes(ops.UntagResource(scope, TagArn(c), keys), s_json.UntagResourceResponse));
        });

        Map(routes, HttpMethods.Get, "/tags/{**resourceArn}", "ListTagsForResource", (c, ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(ops.ListTagsForResource(scope, TagArn(c)), s_json.ListTagsForResourceResponse)));

        Map(routes, HttpMethods.Get, "/domains", "ListDomains", (c, ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(
                ops.ListDomains(scope, IntQuery(c, "max-results", "MaxResults"), StringQuery(c, "next-token")), s_json.ListDomainsResponse)));

        Map(routes, HttpMethods.Get, "/domains/{domainName}", "GetDomain", (c, ops, scope, _) =>
            Done(JsonSerializer.SerializeToUtf8Bytes(ops.GetDomain(scope, Route(c, "domainName")), s_json.GetDomainResponse)));

        Map(routes, HttpMethods.Post, "/domains/{domainName}", "CreateDomain", async (c, ops, scope, ct) =>
        {
            using var body = await JsonBody.ReadAsync(c.Request, EmulatorException.BadRequest, ct);
            var response = ops.CreateDomain(scope, Route(c, "domainName"), body.Int("DefaultExpirationDays"), body.String("DefaultEncryptionKey"),
                body.String("DeadLetterQueueUrl"), body.StringMap("Tags"));
            return JsonSerializer.SerializeToUtf8Bytes(response, s_json.CreateDomainResponse);
        });

        return routes;
    }

    private static void Map(IEndpointRouteBuilder routes, string method, string pattern, string operation, Operation handler)
    {
        var literals = pattern.Split('/').Select((segment, index) => (segment, index)).Where(s => !s.segment.StartsWith('{')).ToArray();
        routes.MapMethods(pattern, [method], context => LiteralsMatch(context, literals)
            ? DispatchAsync(context, operation, handler)
            : AwsErrorWriter.WriteAsync(context, new EmulatorException("UnknownOperationException", StatusCodes.Status404NotFound,
                $"No operation of this emulator is {context.Request.Method} {context.Request.Path}."), awsJson: false, context.RequestAborted));
    }

    /// <summary>ASP.NET Core matches literal segments ignoring case; AWS's HTTP bindings compare them exactly.</summary>
    private static bool LiteralsMatch(HttpContext context, (string Segment, int Index)[] literals)
    {
        var segments = (context.Request.Path.Value ?? "").Split('/');
        return literals.All(l => l.Index < segments.Length && string.Equals(segments[l.Index], l.Segment, StringComparison.Ordinal));
    }

    private static Task DispatchAsync(HttpContext context, string operation, Operation handler)
    {
        var pipeline = context.RequestServices.GetRequiredService<EmulatorPipeline>();
        var operations = context.RequestServices.GetRequiredService<CustomerProfilesOperations>();
        return pipeline.RunAsync(context, operation, awsJson: false, (scope, ct) => handler(context, operations, scope, ct));
    }

    private static Task<byte[]> Done(byte[] body) => Task.FromResult(body);

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name] as string ?? "";

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

        // A sign and ASCII digits only: NumberStyles.Integer would also take "5\n" or " 5 " as 5.
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw EmulatorException.BadRequest($"{member} must be an integer (got '{text}').");
    }
}
