namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// The endpoint rule sets of both services (endpoint-rule-set-1.json) for a client-wide endpoint: a custom endpoint,
/// else {service}[-fips].{region}.{the partition's DNS suffix, or its dual-stack suffix}, with the rule sets' errors.
/// Kinesis's account-scoped endpoints for calls addressed by StreamARN are not used: the regional endpoint serves them.
/// </summary>
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
        var partition = AwsPartitions.For(region);
        var host = (options.UseFips, options.UseDualStack) switch
        {
            (true, true) when partition is { SupportsFips: true, SupportsDualStack: true } => $"{endpointPrefix}-fips.{region}.{partition.DualStackDnsSuffix}",
            (true, true) => throw new InvalidOperationException("FIPS and DualStack are enabled, but this partition does not support one or both."),
            // Kinesis's rule set: in GovCloud the regular endpoint is the FIPS one.
            (true, false) when endpointPrefix == "kinesis" && partition is { Name: "aws-us-gov", SupportsFips: true } => $"kinesis.{region}.amazonaws.com",
            (true, false) when partition.SupportsFips => $"{endpointPrefix}-fips.{region}.{partition.DnsSuffix}",
            (true, false) => throw new InvalidOperationException("FIPS is enabled but this partition does not support FIPS."),
            (false, true) when partition.SupportsDualStack => $"{endpointPrefix}.{region}.{partition.DualStackDnsSuffix}",
            (false, true) => throw new InvalidOperationException("DualStack is enabled but this partition does not support DualStack."),
            (false, false) => $"{endpointPrefix}.{region}.{partition.DnsSuffix}",
        };
        return new Uri($"https://{host}/", UriKind.Absolute);
    }
}
