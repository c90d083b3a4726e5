using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon;
using AWSCredentials = Amazon.Runtime.AWSCredentials;
using Amazon.Runtime.Signing;
using EventStreamConsole.CustomerProfiles.Model;
using Microsoft.Extensions.Logging;

namespace EventStreamConsole.CustomerProfiles.Runtime;

/// <summary>
/// Sends a marshalled request: paces it at the operation's TPS, signs it with SigV4 (AWSSDK.Core's public
/// signer), retries as AWS's standard mode does, and turns error responses into typed exceptions.
/// </summary>
public sealed class AwsRequestInvoker
{
    private readonly HttpClient _httpClient;
    private readonly AwsClientOptions _options;
    private readonly AwsRateLimiter _rateLimiter;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _signingService;
    private readonly string _rateLimitPrefix;
    private readonly Func<AwsErrorDetails, AmazonServiceException> _errorFactory;
    private readonly Lazy<AWSCredentials> _credentials;
    private readonly RegionEndpoint _region;
    private string? _accountKey;

    public AwsRequestInvoker(
        HttpClient httpClient,
        Uri endpoint,
        string signingService,
        string rateLimitPrefix,
        AwsClientOptions options,
        AwsRateLimiter rateLimiter,
        TimeProvider timeProvider,
        ILogger logger,
        Func<AwsErrorDetails, AmazonServiceException> errorFactory,
        RetryPolicy? retryPolicy = null)
    {
        _httpClient = httpClient;
        Endpoint = endpoint;
        _signingService = signingService;
        _rateLimitPrefix = rateLimitPrefix;
        _options = options;
        _rateLimiter = rateLimiter;
        _timeProvider = timeProvider;
        _logger = logger;
        _errorFactory = errorFactory;
        RetryPolicy = retryPolicy ?? new RetryPolicy(options.MaxAttempts);
        _credentials = new Lazy<AWSCredentials>(() => AwsCredentialsSource.Resolve(options));
        _region = RegionEndpoint.GetBySystemName(options.Region ?? "us-east-1");
    }

    /// <summary>Calls are paced at 95% of the quota.</summary>
    public const double PacingMargin = 0.95;

    public Uri Endpoint { get; }

    public RetryPolicy RetryPolicy { get; }

    public async Task<TResponse> InvokeAsync<TResponse>(AwsRequest request, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : AmazonWebServiceResponse
    {
        var retryCost = 0;
        var mayHaveApplied = false;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await PaceAsync(request.Operation, cancellationToken);
            Exception failure;
            bool timedOut = false;
            try
            {
                using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptTimeout.CancelAfter(_options.AttemptTimeout);
                using var message = await BuildSignedMessageAsync(request, attemptTimeout.Token);
                using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, attemptTimeout.Token);
                var body = await response.Content.ReadAsByteArrayAsync(attemptTimeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    AwsClientMetrics.Record(request.Operation, _options.Region ?? "", "success");
                    RetryPolicy.RecordSuccess(retryCost);
                    return Deserialize(body, responseType, response);
                }

                var exception = _errorFactory(AwsErrorParser.Parse(response.StatusCode, response.Headers, body));
                AwsClientMetrics.Record(request.Operation, _options.Region ?? "", RetryPolicy.IsThrottling(exception) ? "throttled" : "error");
                exception.Attempts = attempt;
                exception.EarlierAttemptMayHaveApplied = mayHaveApplied;
                if (!RetryPolicy.IsRetryable(exception))
                {
                    throw exception;
                }

                failure = exception;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                AwsClientMetrics.Record(request.Operation, _options.Region ?? "", "error");
                timedOut = true;
                failure = new AmazonServiceException(
                    new AwsErrorDetails("RequestTimeout", $"{request.Operation} did not answer within {_options.AttemptTimeout.TotalSeconds:0.#} s.", HttpStatusCode.RequestTimeout, null), ex)
                { Attempts = attempt };
            }
            catch (HttpRequestException ex)
            {
                AwsClientMetrics.Record(request.Operation, _options.Region ?? "", "error");
                failure = ex;
            }

            if (attempt >= RetryPolicy.MaxAttempts || !RetryPolicy.TryAcquireRetry(timedOut, out var cost))
            {
                if (failure is AmazonServiceException serviceException)
                {
                    serviceException.Attempts = attempt;
                    serviceException.EarlierAttemptMayHaveApplied = mayHaveApplied;
                }

                throw failure;
            }

            mayHaveApplied |= failure is not AmazonServiceException { StatusCode: < HttpStatusCode.InternalServerError and not HttpStatusCode.RequestTimeout };

            retryCost += cost;
            var throttled = failure is AmazonServiceException ase && RetryPolicy.IsThrottling(ase);
            var delay = RetryPolicy.Backoff(attempt + 1, throttled);
            _logger.LogDebug("{Operation} attempt {Attempt} failed ({Error}); retrying in {DelayMs} ms",
                request.Operation, attempt, failure.Message, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, _timeProvider, cancellationToken);
        }
    }

    private async ValueTask PaceAsync(string operation, CancellationToken cancellationToken)
    {
        if (!_options.RateLimitingEnabled)
        {
            return;
        }

        var key = _rateLimitPrefix + operation;
        // Pace a little under the quota so that network jitter never lands two calls inside one service window.
        var tps = OperationQuotas.For(key, _options.OperationTps) * PacingMargin;
        _accountKey ??= await ResolveAccountKeyAsync();
        await _rateLimiter.AcquireAsync(_accountKey, _options.Region ?? "", key, tps, cancellationToken);
    }

    private async Task<string> ResolveAccountKeyAsync()
    {
        if (!string.IsNullOrEmpty(_options.AccountId))
        {
            return _options.AccountId;
        }

        // A role's ARN names its account; no STS call is needed to key the rate limits.
        if (_options.RoleArn?.Split(':') is [_, _, "iam", _, { Length: 12 } roleAccount, ..])
        {
            return roleAccount;
        }

        var resolved = await _credentials.Value.GetCredentialsAsync();
        return string.IsNullOrEmpty(resolved.AccountId) ? resolved.AccessKey : resolved.AccountId;
    }

    private async Task<HttpRequestMessage> BuildSignedMessageAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        var uri = new Uri(Endpoint, request.PathAndQuery().TrimStart('/'));
        var message = new HttpRequestMessage(request.Method, uri);
        var signing = new AWSSigningRequest { HttpMethod = request.Method, RequestUri = uri };
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType ?? "application/json");
            signing.Content = request.Body;
            signing.Headers["Content-Type"] = message.Content.Headers.ContentType.ToString();
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
            signing.Headers[name] = value;
        }

        var parameters = new AWSSigV4Parameters { Credentials = _credentials.Value, Region = _region, Service = _signingService };
        var signed = await AWSSigV4Signer.SignAsync(signing, parameters, cancellationToken);
        foreach (var (name, value) in signed.Headers)
        {
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && !name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.Remove(name);
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    private static TResponse Deserialize<TResponse>(byte[] body, JsonTypeInfo<TResponse> responseType, HttpResponseMessage response)
        where TResponse : AmazonWebServiceResponse
    {
        var result = body.Length == 0 ? JsonSerializer.Deserialize("{}"u8, responseType) : JsonSerializer.Deserialize(body, responseType);
        if (result is null)
        {
            throw new AmazonServiceException(new AwsErrorDetails("InvalidResponse", "The service answered with an empty JSON document.", response.StatusCode, AwsErrorParser.RequestId(response.Headers)));
        }

        result.HttpStatusCode = response.StatusCode;
        result.RequestId = AwsErrorParser.RequestId(response.Headers);
        return result;
    }
}
