using Amazon.Runtime;

namespace Amazon.CustomerProfiles.Model;

// Only the domain members this console reads or sends; Matching, RuleBasedMatching and DataStore are left out.

public sealed class ListDomainsRequest : AmazonCustomerProfilesRequest
{
    public int? MaxResults { get; set; }
    public string? NextToken { get; set; }
}

public sealed class ListDomainsResponse : AmazonWebServiceResponse
{
    public List<ListDomainItem>? Items { get; set; }
    public string? NextToken { get; set; }
}

public sealed class ListDomainItem
{
    public string? DomainName { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? LastUpdatedAt { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class GetDomainRequest : AmazonCustomerProfilesRequest
{
    public string? DomainName { get; set; }
}

public sealed class GetDomainResponse : AmazonWebServiceResponse
{
    public string? DomainName { get; set; }
    public int? DefaultExpirationDays { get; set; }
    public string? DefaultEncryptionKey { get; set; }
    public string? DeadLetterQueueUrl { get; set; }
    public DomainStats? Stats { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? LastUpdatedAt { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class DomainStats
{
    public long? ProfileCount { get; set; }
    public long? MeteringProfileCount { get; set; }
    public long? ObjectCount { get; set; }
    public long? TotalSize { get; set; }
}

public sealed class CreateDomainRequest : AmazonCustomerProfilesRequest
{
    public string? DomainName { get; set; }
    public int? DefaultExpirationDays { get; set; }
    public string? DefaultEncryptionKey { get; set; }
    public string? DeadLetterQueueUrl { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class CreateDomainResponse : AmazonWebServiceResponse
{
    public string? DomainName { get; set; }
    public int? DefaultExpirationDays { get; set; }
    public string? DefaultEncryptionKey { get; set; }
    public string? DeadLetterQueueUrl { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? LastUpdatedAt { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}
