namespace EventStreamConsole.Configuration;

/// <summary>Webhooks called on every health or state transition (configuration section <c>Alerts</c>).</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    public static readonly IReadOnlyList<string> EventNames = ["UNHEALTHY", "HEALTHY", "STOPPED", "RUNNING"];

    /// <summary>The console's public address, for links in alerts (e.g. https://streams.example.com/); empty: no links.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How many times a delivery is tried before it is given up (backoff 2 s, 4 s, … at most 5 min).</summary>
    public int MaxAttempts { get; set; } = 8;

    public List<WebhookOptions> Webhooks { get; set; } = [];
}

/// <summary>A generic JSON POST receiver (Slack and Teams incoming webhooks read its "text" field).</summary>
public sealed class WebhookOptions
{
    /// <summary>How the webhook is named in logs and the outbox (its URL may hold a secret and is never logged).</summary>
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>When set, each body is signed: header X-Event-Stream-Console-Signature: sha256=HMAC(secret, body).</summary>
    public string? Secret { get; set; }

    /// <summary>The transitions to send (UNHEALTHY, HEALTHY, STOPPED, RUNNING); empty: all of them.</summary>
    public List<string> Events { get; set; } = [];

    public bool Wants(string to) => Events.Count == 0 || Events.Contains(to, StringComparer.OrdinalIgnoreCase);
}
