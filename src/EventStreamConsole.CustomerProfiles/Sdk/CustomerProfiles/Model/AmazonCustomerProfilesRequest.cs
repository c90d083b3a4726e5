using Amazon.Runtime;

namespace Amazon.CustomerProfiles.Model;

/// <summary>The base of every Customer Profiles request.</summary>
public abstract class AmazonCustomerProfilesRequest : AmazonWebServiceRequest;
