using System.Net;
using System.Text.Json.Nodes;
using Amazon.CustomerProfiles;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// The model's error shapes as judge: every error an operation lists, answered the way the service's protocol sends
/// it, surfaces from our client as the exception type of that name (found by reflection over the client assembly,
/// derived from the service's base exception), with the modeled status, the error code and the message; and the client
/// declares no error type the model does not have.
/// </summary>
public sealed class ModelErrorTests
{
    private const string Message = "the conformance server says no";

    [Fact]
    public async Task ModeledErrors_EachOperation_ThrowTheTypeOfThatName()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new LoopbackServer();
        using var client = new ClientUnderTest(server.Url);
        var observed = new List<Observed>();
        var cases = 0;
        foreach (var (service, operation, _) in FullInputs.All)
        {
            var model = Botocore.Model(service);
            foreach (var error in model.Errors(operation))
            {
                cases++;
                var (status, response) = Answer(model, error);
                server.Responder = _ => response;
                var thrown = await Record.ExceptionAsync(() => client.InvokeAsync(service, operation, FullInputs.Of(service, operation), ct));
                var problem = thrown is null ? "no exception" : Problem(model, thrown, error, status);
                if (problem is not null)
                {
                    observed.Add(new($"{service}:{operation}:{error}", problem));
                }
            }
        }

        Differences.AssertAllExplained("errors", cases, observed);
    }

    [Fact]
    public void ErrorTypes_EachService_AreModeledErrorsOnly()
    {
        var observed = new List<Observed>();
        var types = typeof(IAmazonCustomerProfiles).Assembly.GetTypes();
        var cases = 0;
        foreach (var service in new[] { "customer-profiles", "kinesis" })
        {
            var model = Botocore.Model(service);
            var modeled = FullInputs.All.Where(i => i.Service == service).SelectMany(i => model.Errors(i.Operation)).ToHashSet(StringComparer.Ordinal);
            var declared = types.Where(t => t.Name != model.BaseExceptionName && BaseNames(t).Contains(model.BaseExceptionName)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var name in modeled.Union(declared))
            {
                cases++;
                if (!declared.Contains(name))
                {
                    observed.Add(new($"{service}:{name}", $"the model's error {name} has no exception type derived from {model.BaseExceptionName}"));
                }
                else if (!modeled.Contains(name))
                {
                    observed.Add(new($"{service}:{name}", $"our exception type {name} is not an error of any operation we use"));
                }
            }
        }

        Differences.AssertAllExplained("error-types", cases, observed);
    }

    private static (int Status, CannedResponse Response) Answer(ServiceModel model, string error)
    {
        var shape = model.Shape(error);
        var status = (int?)shape["error"]?["httpStatusCode"] ?? (shape["fault"] is not null ? 500 : 400);
        var messageMember = ServiceModel.Members(shape).Select(m => m.Name).Single(n => n.Equals("message", StringComparison.OrdinalIgnoreCase));
        if (model.Protocol == "json")
        {
            var body = new JsonObject { ["__type"] = error, [messageMember] = Message };
            return (status, CannedResponse.Json(status, body.ToJsonString(), $"application/x-amz-json-{model.Metadata["jsonVersion"]}"));
        }

        return (status, CannedResponse.Json(status, new JsonObject { [messageMember] = Message }.ToJsonString(), "application/json", ("X-Amzn-ErrorType", error)));
    }

    private static string? Problem(ServiceModel model, Exception thrown, string error, int status)
    {
        var type = thrown.GetType();
        if (type.Name != error || !BaseNames(type).Contains(model.BaseExceptionName))
        {
            return $"threw {type.FullName} ({thrown.Message}), expected {error} derived from {model.BaseExceptionName}";
        }

        var statusCode = type.GetProperty("StatusCode")?.GetValue(thrown);
        var errorCode = type.GetProperty("ErrorCode")?.GetValue(thrown) as string;
        return statusCode is not HttpStatusCode code || (int)code != status ? $"StatusCode {statusCode}, expected {status}"
            : errorCode != error ? $"ErrorCode '{errorCode}', expected '{error}'"
            : thrown.Message != Message ? $"Message '{thrown.Message}', expected '{Message}'"
            : null;
    }

    private static HashSet<string> BaseNames(Type type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = type; t is not null; t = t.BaseType)
        {
            names.Add(t.Name);
        }

        return names;
    }
}
