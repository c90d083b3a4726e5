using System.Text.Json;
using EventStreamConsole.CustomerProfiles.Json;
using EventStreamConsole.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.CustomerProfiles.Validation;
using static EventStreamConsole.CustomerProfiles.Runtime.AwsRequest;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>Customer Profiles over restJson1 (service "profile", API version 2020-08-15).</summary>
public sealed class AmazonCustomerProfilesClient : IAmazonCustomerProfiles, ICustomerProfilesPaginatorFactory
{
    public const string SigningName = "profile";
    public const string ApiVersion = "2020-08-15";

    private static readonly CustomerProfilesJsonContext s_json = CustomerProfilesJsonContext.Default;
    private readonly AwsRequestInvoker _invoker;

    public AmazonCustomerProfilesClient(AwsRequestInvoker invoker)
    {
        _invoker = invoker;
    }

    public Uri Endpoint => _invoker.Endpoint;

    public ICustomerProfilesPaginatorFactory Paginators => this;

    public async Task<CreateEventStreamResponse> CreateEventStreamAsync(CreateEventStreamRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request));
        var body = new CreateEventStreamRequest { Uri = request.Uri, Tags = NullIfEmpty(request.Tags) };
        var call = Json("CreateEventStream", HttpMethod.Post, StreamPath(request.DomainName, request.EventStreamName),
            JsonSerializer.SerializeToUtf8Bytes(body, s_json.CreateEventStreamRequest));
        try
        {
            return await _invoker.InvokeAsync(call, s_json.CreateEventStreamResponse, cancellationToken);
        }
        catch (BadRequestException ex) when (ex.EarlierAttemptMayHaveApplied)
        {
            // An earlier attempt may have created the stream before its answer was lost. Succeed only if the
            // stream that now exists is the one we asked for; otherwise the conflict is real.
            // A read-back that fails itself answers nothing: the caller gets the create's own error, still marked as
            // possibly applied, and never the read's (an AccessDenied on GetEventStream is not one on CreateEventStream).
            var existing = await TryReadBackAsync(request, cancellationToken);
            if (existing is null || !string.Equals(existing.DestinationDetails.Uri, request.Uri, StringComparison.Ordinal))
            {
                throw;
            }

            return new CreateEventStreamResponse
            {
                EventStreamArn = existing.EventStreamArn,
                Tags = existing.Tags,
                HttpStatusCode = existing.HttpStatusCode,
                RequestId = existing.RequestId,
            };
        }
    }

    public Task<GetEventStreamResponse> GetEventStreamAsync(GetEventStreamRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request.DomainName, request.EventStreamName));
        var call = Call("GetEventStream", HttpMethod.Get, StreamPath(request.DomainName, request.EventStreamName));
        return Send(call, s_json.GetEventStreamResponse, cancellationToken);
    }

    public Task<ListEventStreamsResponse> ListEventStreamsAsync(ListEventStreamsRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request));
        var call = Call("ListEventStreams", HttpMethod.Get, $"/domains/{Label(request.DomainName)}/event-streams")
            .AddQuery("max-results", request.MaxResults?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .AddQuery("next-token", request.NextToken);
        return Send(call, s_json.ListEventStreamsResponse, cancellationToken);
    }

    public async Task<DeleteEventStreamResponse> DeleteEventStreamAsync(DeleteEventStreamRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request.DomainName, request.EventStreamName));
        var call = Call("DeleteEventStream", HttpMethod.Delete, StreamPath(request.DomainName, request.EventStreamName));
        try
        {
            return await _invoker.InvokeAsync(call, s_json.DeleteEventStreamResponse, cancellationToken);
        }
        catch (ResourceNotFoundException ex) when (ex.EarlierAttemptMayHaveApplied)
        {
            // A retry that finds nothing to delete means an earlier attempt already deleted it.
            return new DeleteEventStreamResponse { HttpStatusCode = System.Net.HttpStatusCode.OK, RequestId = ex.RequestId };
        }
    }

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request));
        var call = Json("TagResource", HttpMethod.Post, TagsPath(request.ResourceArn),
            JsonSerializer.SerializeToUtf8Bytes(request, s_json.TagResourceRequest));
        return Send(call, s_json.TagResourceResponse, cancellationToken);
    }

    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request));
        var call = Call("UntagResource", HttpMethod.Delete, TagsPath(request.ResourceArn));
        foreach (var key in request.TagKeys)
        {
            call.AddQuery("tagKeys", key);
        }

        return Send(call, s_json.UntagResourceResponse, cancellationToken);
    }

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.ValidateResourceArn(request.ResourceArn));
        var call = Call("ListTagsForResource", HttpMethod.Get, TagsPath(request.ResourceArn));
        return Send(call, s_json.ListTagsForResourceResponse, cancellationToken);
    }

    public Task<ListDomainsResponse> ListDomainsAsync(ListDomainsRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request));
        var call = Call("ListDomains", HttpMethod.Get, "/domains")
            .AddQuery("max-results", request.MaxResults?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .AddQuery("next-token", request.NextToken);
        return Send(call, s_json.ListDomainsResponse, cancellationToken);
    }

    public Task<GetDomainResponse> GetDomainAsync(GetDomainRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.ValidateDomainName(request.DomainName));
        return Send(Call("GetDomain", HttpMethod.Get, $"/domains/{Label(request.DomainName)}"), s_json.GetDomainResponse, cancellationToken);
    }

    public async Task<CreateDomainResponse> CreateDomainAsync(CreateDomainRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.ThrowIfInvalid(RequestValidator.Validate(request));
        var body = new CreateDomainRequest
        {
            DefaultExpirationDays = request.DefaultExpirationDays,
            DefaultEncryptionKey = request.DefaultEncryptionKey,
            DeadLetterQueueUrl = request.DeadLetterQueueUrl,
            Tags = NullIfEmpty(request.Tags),
        };
        var call = Json("CreateDomain", HttpMethod.Post, $"/domains/{Label(request.DomainName)}",
            JsonSerializer.SerializeToUtf8Bytes(body, s_json.CreateDomainRequest));
        try
        {
            return await _invoker.InvokeAsync(call, s_json.CreateDomainResponse, cancellationToken);
        }
        catch (BadRequestException ex) when (ex.EarlierAttemptMayHaveApplied)
        {
            var existing = await TryReadBackAsync(request, cancellationToken);
            if (existing is null || existing.DefaultExpirationDays != request.DefaultExpirationDays)
            {
                throw;
            }

            return new CreateDomainResponse
            {
                DomainName = existing.DomainName,
                DefaultExpirationDays = existing.DefaultExpirationDays ?? request.DefaultExpirationDays,
                DefaultEncryptionKey = existing.DefaultEncryptionKey,
                DeadLetterQueueUrl = existing.DeadLetterQueueUrl,
                CreatedAt = existing.CreatedAt,
                LastUpdatedAt = existing.LastUpdatedAt,
                Tags = existing.Tags,
                HttpStatusCode = existing.HttpStatusCode,
                RequestId = existing.RequestId,
            };
        }
    }

    IPaginator<ListEventStreamsResponse, EventStreamSummary> ICustomerProfilesPaginatorFactory.ListEventStreams(ListEventStreamsRequest request) =>
        new Paginator<ListEventStreamsResponse, EventStreamSummary>(
            (token, ct) => ListEventStreamsAsync(new ListEventStreamsRequest { DomainName = request.DomainName, MaxResults = request.MaxResults, NextToken = token }, ct),
            page => page.NextToken,
            page => page.Items,
            request.NextToken);

    IPaginator<ListDomainsResponse, ListDomainItem> ICustomerProfilesPaginatorFactory.ListDomains(ListDomainsRequest request) =>
        new Paginator<ListDomainsResponse, ListDomainItem>(
            (token, ct) => ListDomainsAsync(new ListDomainsRequest { MaxResults = request.MaxResults, NextToken = token }, ct),
            page => page.NextToken,
            page => page.Items,
            request.NextToken);

    private async Task<GetDomainResponse?> TryReadBackAsync(CreateDomainRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await GetDomainAsync(new GetDomainRequest { DomainName = request.DomainName }, cancellationToken);
        }
        catch (Exception ex) when (ex is AmazonServiceException or HttpRequestException)
        {
            return null;
        }
    }

    private async Task<GetEventStreamResponse?> TryReadBackAsync(CreateEventStreamRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await GetEventStreamAsync(new GetEventStreamRequest { DomainName = request.DomainName, EventStreamName = request.EventStreamName }, cancellationToken);
        }
        catch (Exception ex) when (ex is AmazonServiceException or HttpRequestException)
        {
            return null;
        }
    }

    private Task<T> Send<T>(AwsRequest call, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : AmazonWebServiceResponse
    {
        return _invoker.InvokeAsync(call, type, cancellationToken);
    }

    private static AwsRequest Call(string operation, HttpMethod method, string path)
    {
        var call = new AwsRequest(operation, method, path);
        call.Headers["x-amz-api-version"] = ApiVersion;
        return call;
    }

    private static AwsRequest Json(string operation, HttpMethod method, string path, byte[] body)
    {
        var call = new AwsRequest(operation, method, path) { Body = body, ContentType = "application/json" };
        call.Headers["x-amz-api-version"] = ApiVersion;
        return call;
    }

    private static string StreamPath(string domain, string stream) => $"/domains/{Label(domain)}/event-streams/{Label(stream)}";

    private static string TagsPath(string resourceArn) => $"/tags/{Label(resourceArn)}";

    private static Dictionary<string, string>? NullIfEmpty(Dictionary<string, string>? tags) => tags is { Count: > 0 } ? tags : null;
}
