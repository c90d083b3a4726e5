using System.Text.Json.Nodes;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Amazon.Kinesis;
using Amazon.Kinesis.Model;
using EventStreamConsole.CustomerProfiles.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// ADAPTER (rewire when the client changes): builds our two clients the way the app does, pointed at a loopback
/// server through the custom-endpoint setting, with fixed credentials, one attempt per call and no pacing; and calls
/// an operation by its model name with a model-shaped input (see <see cref="ClientInputs"/>).
/// </summary>
public sealed class ClientUnderTest : IDisposable
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string Region = "us-east-1";

    private readonly ServiceProvider _services;
    private readonly IAmazonCustomerProfiles _profile;
    private readonly IAmazonKinesis _kinesis;

    public ClientUnderTest(Uri serviceUrl, string? sessionToken = null)
    {
        _services = new ServiceCollection().AddLogging().AddCustomerProfilesClient().BuildServiceProvider();
        var options = new AwsClientOptions
        {
            Region = Region,
            ServiceUrl = serviceUrl.ToString(),
            AccessKeyId = AccessKey,
            SecretAccessKey = SecretKey,
            SessionToken = sessionToken,
            MaxAttempts = 1,
            RateLimitingEnabled = false,
        };
        var factory = _services.GetRequiredService<AwsClientFactory>();
        _profile = factory.CreateCustomerProfiles(options);
        _kinesis = factory.CreateKinesis(options);
    }

    /// <summary>Whether <paramref name="exception"/> is our client refusing an input before sending anything.</summary>
    public static bool IsValidationRefusal(Exception exception) => exception is RequestValidationException;

    /// <summary>Sends one call; returns the response object (or throws what the client threw).</summary>
    public async Task<object> InvokeAsync(string service, string operation, JsonObject input, CancellationToken cancellationToken)
    {
        var request = ClientInputs.ToRequest(service, operation, input);
        return request switch
        {
            CreateEventStreamRequest r => await _profile.CreateEventStreamAsync(r, cancellationToken),
            GetEventStreamRequest r => await _profile.GetEventStreamAsync(r, cancellationToken),
            DeleteEventStreamRequest r => await _profile.DeleteEventStreamAsync(r, cancellationToken),
            ListEventStreamsRequest r => await _profile.ListEventStreamsAsync(r, cancellationToken),
            TagResourceRequest r => await _profile.TagResourceAsync(r, cancellationToken),
            UntagResourceRequest r => await _profile.UntagResourceAsync(r, cancellationToken),
            ListTagsForResourceRequest r => await _profile.ListTagsForResourceAsync(r, cancellationToken),
            ListDomainsRequest r => await _profile.ListDomainsAsync(r, cancellationToken),
            GetDomainRequest r => await _profile.GetDomainAsync(r, cancellationToken),
            CreateDomainRequest r => await _profile.CreateDomainAsync(r, cancellationToken),
            ListStreamsRequest r => await _kinesis.ListStreamsAsync(r, cancellationToken),
            DescribeStreamSummaryRequest r => await _kinesis.DescribeStreamSummaryAsync(r, cancellationToken),
            CreateStreamRequest r => await _kinesis.CreateStreamAsync(r, cancellationToken),
            DeleteStreamRequest r => await _kinesis.DeleteStreamAsync(r, cancellationToken),
            _ => throw new NotSupportedException(request.GetType().Name),
        };
    }

    /// <summary>The operations with a paginator on our client.</summary>
    public static IReadOnlyList<(string Service, string Operation)> Paginated { get; } =
        [("customer-profiles", "ListEventStreams"), ("kinesis", "ListStreams")];

    /// <summary>Walks our client's paginator for <paramref name="operation"/> to the end; returns every item it yielded.</summary>
    public async Task<IReadOnlyList<object>> PaginateAsync(string service, string operation, JsonObject input, CancellationToken cancellationToken)
    {
        var request = ClientInputs.ToRequest(service, operation, input);
        var items = new List<object>();
        switch (request)
        {
            case ListEventStreamsRequest r:
                await foreach (var item in _profile.Paginators.ListEventStreams(r).Items.WithCancellation(cancellationToken))
                {
                    items.Add(item);
                }

                break;
            case ListStreamsRequest r:
                await foreach (var item in _kinesis.Paginators.ListStreams(r).StreamSummaries.WithCancellation(cancellationToken))
                {
                    items.Add(item);
                }

                break;
            default:
                throw new NotSupportedException($"Our client has no paginator for {service}:{operation}.");
        }

        return items;
    }

    public void Dispose() => _services.Dispose();
}
