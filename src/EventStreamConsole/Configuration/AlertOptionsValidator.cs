using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(options.PublicUrl) && !IsHttpUrl(options.PublicUrl))
        {
            errors.Add($"Alerts:PublicUrl '{options.PublicUrl}' is not an absolute http(s) URL.");
        }

        if (options.MaxAttempts is < 1 or > 50)
        {
            errors.Add($"Alerts:MaxAttempts must be between 1 and 50; it is {options.MaxAttempts}.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Webhooks.Count; i++)
        {
            var webhook = options.Webhooks[i];
            if (string.IsNullOrWhiteSpace(webhook.Name))
            {
                errors.Add($"Alerts:Webhooks:{i}:Name is required (it names the webhook in logs; the URL is never logged).");
            }
            else if (!names.Add(webhook.Name))
            {
                errors.Add($"Alerts:Webhooks:{i}:Name '{webhook.Name}' is used twice; each webhook needs its own name.");
            }

            if (!IsHttpUrl(webhook.Url))
            {
                errors.Add($"Alerts:Webhooks:{i}:Url is not an absolute http(s) URL.");
            }

            foreach (var e in webhook.Events.Where(e => !AlertOptions.EventNames.Contains(e, StringComparer.OrdinalIgnoreCase)))
            {
                errors.Add($"Alerts:Webhooks:{i}:Events '{e}' is not one of {string.Join(", ", AlertOptions.EventNames)}.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
