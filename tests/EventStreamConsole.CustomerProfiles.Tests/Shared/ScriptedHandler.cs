using System.Net;
using System.Text;

namespace EventStreamConsole.CustomerProfiles.Tests.Shared;

/// <summary>An HTTP handler that records every request (with its body) and answers from a script.</summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, Task<HttpResponseMessage>>> _script = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Answer used once the script is exhausted.</summary>
    public Func<RecordedRequest, HttpResponseMessage> Default { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

    public ScriptedHandler Then(HttpResponseMessage response) => Then(_ => Task.FromResult(response));

    public ScriptedHandler Then(Func<RecordedRequest, Task<HttpResponseMessage>> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public ScriptedHandler ThenThrow(Exception exception) => Then(_ => Task.FromException<HttpResponseMessage>(exception));

    public static HttpResponseMessage Json(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-" + (int)status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string type, string message = "boom") =>
        Json(status, $$"""{"__type":"{{type}}","Message":"{{message}}"}""", ("X-Amzn-ErrorType", type));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var recorded = new RecordedRequest(request, body, cancellationToken);
        Requests.Add(recorded);
        var answer = _script.Count > 0 ? _script.Dequeue() : (r => Task.FromResult(Default(r)));
        var response = await answer(recorded);
        response.RequestMessage = request;
        return response;
    }
}

public sealed record RecordedRequest(HttpRequestMessage Message, byte[]? Body, CancellationToken Cancellation)
{
    public string Method => Message.Method.Method;

    /// <summary>Path and query exactly as sent on the wire.</summary>
    public string Target => Message.RequestUri!.PathAndQuery;

    public string? BodyText => Body is null ? null : Encoding.UTF8.GetString(Body);

    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : Message.Content?.Headers.TryGetValues(name, out var contentValues) == true ? string.Join(",", contentValues)
        : null;
}
