using Amazon.Runtime;

namespace Amazon.CustomerProfiles.Model;

public sealed class TagResourceRequest : AmazonCustomerProfilesRequest
{
    public string? ResourceArn { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class TagResourceResponse : AmazonWebServiceResponse;

public sealed class UntagResourceRequest : AmazonCustomerProfilesRequest
{
    public string? ResourceArn { get; set; }
    public List<string>? TagKeys { get; set; }
}

public sealed class UntagResourceResponse : AmazonWebServiceResponse;

public sealed class ListTagsForResourceRequest : AmazonCustomerProfilesRequest
{
    public string? ResourceArn { get; set; }
}

public sealed class ListTagsForResourceResponse : AmazonWebServiceResponse
{
    public Dictionary<string, string>? Tags { get; set; }
}
