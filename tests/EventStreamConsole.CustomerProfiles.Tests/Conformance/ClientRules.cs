using System.Text.Json.Nodes;
using Amazon.Runtime;
using EventStreamConsole.CustomerProfiles.Runtime;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// ADAPTER (rewire when the rules change): asks our shared validation rules (the public API the client, the
/// emulator and the console's forms use) what they think of a model-shaped input. Returns the broken rules; an empty
/// list means the input is accepted. Each request is checked with exactly the rules the client's validation step applies before sending.
/// </summary>
public static class ClientRules
{
    public static IReadOnlyList<string> Refusals(string service, string operation, JsonObject input)
    {
        var request = (AmazonWebServiceRequest)ClientInputs.ToRequest(service, operation, input);
        var errors = RequestValidationHandler.Validate(request);
        return errors.Select(e => e.Message).ToList();
    }
}
