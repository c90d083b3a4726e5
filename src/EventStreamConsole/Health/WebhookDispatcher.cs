using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EventStreamConsole.Configuration;
using EventStreamConsole.ViewModels;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Health;

/// <summary>
/// Delivers queued transitions to the configured webhooks as JSON POSTs, with retries (exponential backoff) recorded in the
/// outbox, so a restart neither loses nor repeats a delivered alert. Each body carries an Idempotency-Key (the transition
/// id) and, with a secret, an HMAC signature. Webhook URLs are never logged; webhooks are named.
/// </summary>
public sealed class WebhookDispatcher(HealthHistoryStore history, IHttpClientFactory httpClients, IOptions<AlertOptions> options, TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "Webhooks";
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);

    /// <summary>Asks for an immediate delivery round (new transitions were queued).</summary>
    public void Wake() => _wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Webhooks.Count == 0)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await DeliverDueAsync(stoppingToken);
                // Due retries are checked every second; new transitions wake the loop at once.
                await _wake.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One round: every delivery that is due now.</summary>
    public async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        var webhooks = options.Value.Webhooks.ToDictionary(w => w.Name, StringComparer.Ordinal);
        foreach (var (transition, name, attempts, acknowledgement) in history.DueDeliveries(time.GetUtcNow(), 50))
        {
            if (!webhooks.TryGetValue(name, out var webhook))
            {
                history.MarkFailed(transition.Id, name, time.GetUtcNow(), "The webhook is no longer configured.", giveUp: true);
                continue;
            }

            var error = await SendAsync(webhook, transition, acknowledgement, cancellationToken);
            if (error is null)
            {
                history.MarkDelivered(transition.Id, name, time.GetUtcNow());
                logger.LogInformation("Alert for {Domain}/{EventStream} ({To}) delivered to webhook {Webhook}", transition.DomainName, transition.EventStreamName, transition.To, name);
                continue;
            }

            var giveUp = attempts + 1 >= options.Value.MaxAttempts;
            var delay = TimeSpan.FromSeconds(Math.Min(300, 2 * Math.Pow(2, attempts))) * (0.8 + (0.4 * Random.Shared.NextDouble()));
            history.MarkFailed(transition.Id, name, time.GetUtcNow() + delay, error, giveUp);
            logger.Log(giveUp ? LogLevel.Error : LogLevel.Warning,
                "Webhook {Webhook} refused the alert for {Domain}/{EventStream} (attempt {Attempt} of {MaxAttempts}): {Error}{Next}",
                name, transition.DomainName, transition.EventStreamName, attempts + 1, options.Value.MaxAttempts, error,
                giveUp ? "; giving up" : $"; retrying in {delay.TotalSeconds:0} s");
        }
    }

    public static WebhookPayload Payload(HealthTransition t, string? publicUrl, OutageAcknowledgement? acknowledgement = null)
    {
        var url = string.IsNullOrEmpty(publicUrl) ? null
            : new Uri(new Uri(publicUrl), Links.Stream(t.Key.Region, t.DomainName, t.EventStreamName, t.Key.Account).TrimStart('/')).ToString();
        var what = t.Kind == TransitionKind.Status ? "destination" : "export";
        var text = $"{t.To}: event stream {t.DomainName}/{t.EventStreamName} ({t.Key.Region}, account {t.Key.Account}) — {what} {t.From ?? "?"} → {t.To} at {t.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC"
            + (t.Message is null ? "" : $". {t.Message}")
            + (acknowledgement is null ? "" : $". The outage was {acknowledgement.Sentence}") + (url is null ? "" : $" {url}");
        return new WebhookPayload(t.Id, t.Kind == TransitionKind.Status ? "event_stream.status_changed" : "event_stream.state_changed", t.Key.Account, t.Key.Region,
            t.DomainName, t.EventStreamName, t.EventStreamArn, t.From, t.To, t.At, t.ObservedAt, t.Message, url, text,
            acknowledgement is null ? null : new WebhookAcknowledgement(acknowledgement.ByName, acknowledgement.At, acknowledgement.Note, acknowledgement.OutageSince));
    }

    private async Task<string?> SendAsync(WebhookOptions webhook, HealthTransition transition, OutageAcknowledgement? acknowledgement, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(Payload(transition, options.Value.PublicUrl, acknowledgement), s_json);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("Idempotency-Key", transition.Id);
        if (!string.IsNullOrEmpty(webhook.Secret))
        {
            request.Headers.Add("X-Event-Stream-Console-Signature", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhook.Secret), body)));
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "no answer within 10 s";
        }
        catch (HttpRequestException ex)
        {
            // The message can quote the URL, which may hold the webhook's secret.
            return $"could not connect ({ex.HttpRequestError})";
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}

/// <summary>
/// The JSON an alert webhook receives; "text" is what Slack- and Teams-style receivers display; "acknowledged" is set when
/// someone had acknowledged the outage this transition continues or ends.
/// </summary>
public sealed record WebhookPayload(string Id, string Type, string Account, string Region, string Domain, string EventStream, string EventStreamArn,
    string? From, string To, DateTimeOffset At, DateTimeOffset ObservedAt, string? Message, string? Url, string Text, WebhookAcknowledgement? Acknowledged = null);

/// <summary>Who acknowledged the outage, when, and why.</summary>
public sealed record WebhookAcknowledgement(string By, DateTimeOffset At, string Note, DateTimeOffset OutageSince);
