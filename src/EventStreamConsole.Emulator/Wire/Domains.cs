using System.Text.Json.Serialization;

namespace EventStreamConsole.Emulator.Wire;

public sealed class ListDomainsRequest
{
    public int? MaxResults { get; set; }
    public string? NextToken { get; set; }
}

public sealed class ListDomainsResponse : WireResponse
{
    public List<ListDomainItem> Items { get; set; } = [];
    public string? NextToken { get; set; }
}

public sealed class ListDomainItem
{
    public string DomainName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime LastUpdatedAt { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class GetDomainRequest
{
    public string DomainName { get; set; } = "";
}

/// <summary>The members of GetDomain this console uses; others (Matching, RuleBasedMatching, DataStore) are ignored.</summary>
public sealed class GetDomainResponse : WireResponse
{
    public string DomainName { get; set; } = "";
    public int? DefaultExpirationDays { get; set; }
    public string? DefaultEncryptionKey { get; set; }
    public string? DeadLetterQueueUrl { get; set; }
    public DomainStats? Stats { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastUpdatedAt { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class DomainStats
{
    public long? ProfileCount { get; set; }
    public long? MeteringProfileCount { get; set; }
    public long? ObjectCount { get; set; }
    public long? TotalSize { get; set; }
}

public sealed class CreateDomainRequest
{
    [JsonIgnore] public string DomainName { get; set; } = "";
    public int DefaultExpirationDays { get; set; }
    public string? DefaultEncryptionKey { get; set; }
    public string? DeadLetterQueueUrl { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class CreateDomainResponse : WireResponse
{
    public string DomainName { get; set; } = "";
    public int DefaultExpirationDays { get; set; }
    public string? DefaultEncryptionKey { get; set; }
    public string? DeadLetterQueueUrl { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastUpdatedAt { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}
