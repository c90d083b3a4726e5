using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EventStreamConsole.CustomerProfiles.Runtime;

namespace EventStreamConsole.CustomerProfiles;

/// <summary>
/// The Customer Profiles client with the console's pipeline steps (<see cref="ClientPipeline"/>) and the read-back of
/// changes whose first attempt may have been applied although no answer arrived. It derives from the client class, ours
/// or AWSSDK.CustomerProfiles', and uses only what both have.
/// </summary>
public sealed class ConsoleCustomerProfilesClient(AWSCredentials? credentials, AmazonCustomerProfilesConfig config, ClientPipeline consolePipeline)
    : AmazonCustomerProfilesClient(credentials, config)
{
    // The base constructor builds the pipeline and calls this; a captured primary-constructor parameter is already
    // assigned by then (unlike a field set in a constructor body).
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        consolePipeline.AddTo(pipeline);
    }

    public override async Task<CreateEventStreamResponse> CreateEventStreamAsync(CreateEventStreamRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await base.CreateEventStreamAsync(request, cancellationToken);
        }
        catch (BadRequestException ex) when (ex.EarlierAttemptMayHaveApplied())
        {
            // An earlier attempt may have created the stream before its answer was lost. Succeed only if the stream that
            // now exists is the one we asked for; otherwise the conflict is real.
            var existing = await ReadBackAsync(() => GetEventStreamAsync(
                new GetEventStreamRequest { DomainName = request.DomainName, EventStreamName = request.EventStreamName }, cancellationToken));
            if (existing is null || !string.Equals(existing.DestinationDetails?.Uri, request.Uri, StringComparison.Ordinal))
            {
                throw;
            }

            return new CreateEventStreamResponse
            {
                EventStreamArn = existing.EventStreamArn,
                Tags = existing.Tags,
                HttpStatusCode = existing.HttpStatusCode,
                ResponseMetadata = existing.ResponseMetadata,
            };
        }
    }

    public override async Task<DeleteEventStreamResponse> DeleteEventStreamAsync(DeleteEventStreamRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.DeleteEventStreamAsync(request, cancellationToken);
        }
        catch (ResourceNotFoundException ex) when (ex.EarlierAttemptMayHaveApplied())
        {
            // A retry that finds nothing to delete means an earlier attempt already deleted it.
            return new DeleteEventStreamResponse
            {
                HttpStatusCode = System.Net.HttpStatusCode.OK,
                ResponseMetadata = new ResponseMetadata { RequestId = ex.RequestId },
            };
        }
    }

    public override async Task<CreateDomainResponse> CreateDomainAsync(CreateDomainRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await base.CreateDomainAsync(request, cancellationToken);
        }
        catch (BadRequestException ex) when (ex.EarlierAttemptMayHaveApplied())
        {
            var existing = await ReadBackAsync(() => GetDomainAsync(new GetDomainRequest { DomainName = request.DomainName }, cancellationToken));
            if (existing is null || existing.DefaultExpirationDays != request.DefaultExpirationDays)
            {
                throw;
            }

            return new CreateDomainResponse
            {
                DomainName = existing.DomainName,
                DefaultExpirationDays = existing.DefaultExpirationDays,
                DefaultEncryptionKey = existing.DefaultEncryptionKey,
                DeadLetterQueueUrl = existing.DeadLetterQueueUrl,
                CreatedAt = existing.CreatedAt,
                LastUpdatedAt = existing.LastUpdatedAt,
                Tags = existing.Tags,
                HttpStatusCode = existing.HttpStatusCode,
                ResponseMetadata = existing.ResponseMetadata,
            };
        }
    }

    /// <summary>
    /// A read-back that fails itself answers nothing: the caller rethrows the change's own error, still marked as possibly
    /// applied, and never the read's (an AccessDenied on GetEventStream is not one on CreateEventStream).
    /// </summary>
    private static async Task<T?> ReadBackAsync<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is AmazonServiceException or HttpRequestException or TimeoutException)
        {
            return null;
        }
    }
}
