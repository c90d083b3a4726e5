using System.Globalization;
using System.Text;
using EventStreamConsole.Service;

namespace EventStreamConsole.Exports;

/// <summary>
/// An event stream as infrastructure code, to bring a console-made stream under CloudFormation or Terraform. Only the
/// resource's writable properties are written — AWS::CustomerProfiles::EventStream: DomainName, EventStreamName, Uri and
/// Tags (Key/Value); awscc_customerprofiles_event_stream: domain_name, event_stream_name, uri and tags (key/value) — as
/// the published resource schema has them; the read-only ones (EventStreamArn, State, CreatedAt, DestinationDetails) are
/// left out. Every value is quoted and escaped for its language.
/// </summary>
public static class InfrastructureCode
{
    public const string CloudFormationType = "AWS::CustomerProfiles::EventStream";
    public const string TerraformType = "awscc_customerprofiles_event_stream";

    /// <summary>A CloudFormation template (YAML) holding the stream as one resource.</summary>
    public static string CloudFormation(EventStreamDetail stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {stream.DomainName}/{stream.EventStreamName} ({stream.Region}), as Event Stream Console read it.")
            .AppendLine("# DomainName, EventStreamName and Uri cannot change in place: a new value replaces the stream.")
            .AppendLine("Resources:")
            .AppendLine(CultureInfo.InvariantCulture, $"  {LogicalId(stream.EventStreamName)}:")
            .AppendLine(CultureInfo.InvariantCulture, $"    Type: {CloudFormationType}")
            .AppendLine("    Properties:")
            .AppendLine(CultureInfo.InvariantCulture, $"      DomainName: {Yaml(stream.DomainName)}")
            .AppendLine(CultureInfo.InvariantCulture, $"      EventStreamName: {Yaml(stream.EventStreamName)}")
            .AppendLine(CultureInfo.InvariantCulture, $"      Uri: {Yaml(stream.DestinationUri)}");
        if (stream.Tags.Count > 0)
        {
            text.AppendLine("      Tags:");
            foreach (var (key, value) in stream.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"        - Key: {Yaml(key)}")
                    .AppendLine(CultureInfo.InvariantCulture, $"          Value: {Yaml(value)}");
            }
        }

        return text.ToString();
    }

    /// <summary>A Terraform resource (HCL, the awscc provider), with the import command that adopts the existing stream.</summary>
    public static string Terraform(EventStreamDetail stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var name = TerraformName(stream.EventStreamName);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {stream.DomainName}/{stream.EventStreamName} ({stream.Region}), as Event Stream Console read it. To adopt it:")
            .AppendLine(CultureInfo.InvariantCulture, $"#   terraform import {TerraformType}.{name} \"{stream.DomainName}|{stream.EventStreamName}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"resource \"{TerraformType}\" \"{name}\" {{")
            .AppendLine(CultureInfo.InvariantCulture, $"  domain_name       = {Hcl(stream.DomainName)}")
            .AppendLine(CultureInfo.InvariantCulture, $"  event_stream_name = {Hcl(stream.EventStreamName)}")
            .AppendLine(CultureInfo.InvariantCulture, $"  uri               = {Hcl(stream.DestinationUri)}");
        if (stream.Tags.Count > 0)
        {
            text.AppendLine().AppendLine("  tags = [");
            foreach (var (key, value) in stream.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {{ key = {Hcl(key)}, value = {Hcl(value)} }},");
            }

            text.AppendLine("  ]");
        }

        return text.Append('}').AppendLine().ToString();
    }

    /// <summary>A CloudFormation logical id (letters and digits only): "retail-orders_export" becomes "RetailOrdersExport".</summary>
    public static string LogicalId(string eventStreamName)
    {
        var id = string.Concat((eventStreamName ?? "").Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        id = new string([.. id.Where(char.IsAsciiLetterOrDigit)]);
        return id.Length == 0 || char.IsAsciiDigit(id[0]) ? "EventStream" + id : id;
    }

    /// <summary>A Terraform resource name: letters, digits, '_' and '-', not starting with a digit.</summary>
    public static string TerraformName(string eventStreamName)
    {
        var name = new string([.. (eventStreamName ?? "").Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
        return name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_') ? "stream_" + name : name;
    }

    /// <summary>A YAML double-quoted scalar: every value is a string, whatever it looks like (yes, 0123, null, …).</summary>
    public static string Yaml(string? value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value ?? "")
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                // YAML reads the Unicode line and paragraph separators as line breaks, which would fold them into spaces.
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' =>
                    string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>An HCL quoted string, with template sequences ("${", "%{") escaped so a value is never evaluated.</summary>
    public static string Hcl(string? value)
    {
        var text = new StringBuilder("\"");
        var s = value ?? "";
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '$' when next == '{' => "$$",
                '%' when next == '{' => "%%",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
