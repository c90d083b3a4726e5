namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>The endpoint rule set of both services, reduced to what this client supports.</summary>
public static class AwsEndpoints
{
    public static Uri Resolve(string endpointPrefix, AwsClientOptions options, string? customUrl)
    {
        if (!string.IsNullOrWhiteSpace(customUrl))
        {
            if (options.UseFips)
            {
                throw new InvalidOperationException("Invalid Configuration: FIPS and custom endpoint are not supported.");
            }

            if (options.UseDualStack)
            {
                throw new InvalidOperationException("Invalid Configuration: Dualstack and custom endpoint are not supported.");
            }

            return new Uri(customUrl.TrimEnd('/') + "/", UriKind.Absolute);
        }

        if (string.IsNullOrWhiteSpace(options.Region))
        {
            throw new InvalidOperationException("Invalid Configuration: Missing Region.");
        }

        var region = options.Region;
        var china = region.StartsWith("cn-", StringComparison.Ordinal);
        var suffix = (options.UseDualStack, china) switch
        {
            (false, false) => "amazonaws.com",
            (false, true) => "amazonaws.com.cn",
            (true, false) => "api.aws",
            (true, true) => "api.amazonwebservices.com.cn",
        };
        var host = options.UseFips ? $"{endpointPrefix}-fips" : endpointPrefix;
        return new Uri($"https://{host}.{region}.{suffix}/", UriKind.Absolute);
    }
}
