using System.Net;
using System.Text.Json.Serialization;

namespace EventStreamConsole.CustomerProfiles.Model;

/// <summary>What every response carries besides its members, as in the official SDK.</summary>
public abstract class AmazonWebServiceResponse
{
    [JsonIgnore] public HttpStatusCode HttpStatusCode { get; set; }
    [JsonIgnore] public string? RequestId { get; set; }
}
