using System.Text.RegularExpressions;
using EventStreamConsole.Exports;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Exports;

public sealed partial class InfrastructureCodeTests
{
    // The writable properties of the published resource schemas (AWS::CustomerProfiles::EventStream, and the awscc
    // provider generated from it): every property except the read-only EventStreamArn, State, CreatedAt and DestinationDetails.
    private static readonly string[] s_cloudFormationProperties = ["DomainName", "EventStreamName", "Uri", "Tags"];
    private static readonly string[] s_cloudFormationTag = ["Key", "Value"];
    private static readonly string[] s_terraformArguments = ["domain_name", "event_stream_name", "uri", "tags"];
    private static readonly string[] s_terraformTag = ["key", "value"];

    private static readonly Service.EventStreamDetail s_stream = Streams.Detail("retail-orders", tags: new Dictionary<string, string>
    {
        ["team"] = "retail",
        ["cost-center"] = "0123",
        ["note"] = "say \"hi\" ${jndi:x} %{if} \\ yes: no",
    });

    [Fact]
    public void CloudFormation_Stream_OnlyTheSchemasWritablePropertiesQuoted()
    {
        var yaml = InfrastructureCode.CloudFormation(s_stream);

        Assert.Contains("    Type: AWS::CustomerProfiles::EventStream", yaml, StringComparison.Ordinal);
        Assert.Equal(s_cloudFormationProperties, PropertyLines().Matches(yaml).Select(m => m.Groups[1].Value));
        Assert.Equal(s_cloudFormationTag, TagLines().Matches(yaml).Select(m => m.Groups[1].Value).Distinct());
        Assert.Contains("      DomainName: \"retail-orders\"", yaml, StringComparison.Ordinal);
        Assert.Contains($"      Uri: \"{s_stream.DestinationUri}\"", yaml, StringComparison.Ordinal);
        // A value YAML would read as a number or a boolean stays a string; quotes and backslashes are escaped.
        Assert.Contains("          Value: \"0123\"", yaml, StringComparison.Ordinal);
        Assert.Contains("          Value: \"say \\\"hi\\\" ${jndi:x} %{if} \\\\ yes: no\"", yaml, StringComparison.Ordinal);
        Assert.Contains($"  {InfrastructureCode.LogicalId(s_stream.EventStreamName)}:", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_Stream_OnlyTheProvidersArgumentsWithTemplatesEscaped()
    {
        var hcl = InfrastructureCode.Terraform(s_stream);

        Assert.Contains($"resource \"awscc_customerprofiles_event_stream\" \"{s_stream.EventStreamName}\" {{", hcl, StringComparison.Ordinal);
        Assert.Equal(s_terraformArguments, ArgumentLines().Matches(hcl).Select(m => m.Groups[1].Value));
        Assert.Equal(s_terraformTag, TagPairs().Matches(hcl).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }).Distinct());
        Assert.Contains("{ key = \"note\", value = \"say \\\"hi\\\" $${jndi:x} %%{if} \\\\ yes: no\" },", hcl, StringComparison.Ordinal);
        Assert.Contains($"#   terraform import awscc_customerprofiles_event_stream.{s_stream.EventStreamName} \"retail-orders|{s_stream.EventStreamName}\"", hcl, StringComparison.Ordinal);
        Assert.EndsWith("}" + Environment.NewLine, hcl, StringComparison.Ordinal);
    }

    [Fact]
    public void CloudFormation_NoTags_NoTagsProperty() =>
        Assert.DoesNotContain("Tags:", InfrastructureCode.CloudFormation(Streams.Detail("bare", tags: new Dictionary<string, string>())), StringComparison.Ordinal);

    [Theory]
    [InlineData("retail-orders_export", "RetailOrdersExport")]
    [InlineData("9lives", "EventStream9lives")]
    [InlineData("---", "EventStream")]
    public void LogicalId_StreamName_LettersAndDigitsOnly(string name, string expected) => Assert.Equal(expected, InfrastructureCode.LogicalId(name));

    [Theory]
    [InlineData("retail-export", "retail-export")]
    [InlineData("9lives", "stream_9lives")]
    public void TerraformName_StreamName_ValidIdentifier(string name, string expected) => Assert.Equal(expected, InfrastructureCode.TerraformName(name));

    [GeneratedRegex(@"^      ([A-Za-z]+):", RegexOptions.Multiline)]
    private static partial Regex PropertyLines();

    [GeneratedRegex(@"^ {8}(?:- | {2})([A-Za-z]+):", RegexOptions.Multiline)]
    private static partial Regex TagLines();

    [GeneratedRegex(@"^  ([a-z_]+) +=", RegexOptions.Multiline)]
    private static partial Regex ArgumentLines();

    [GeneratedRegex(@"\{ ([a-z]+) = "".*?"", ([a-z]+) = ")]
    private static partial Regex TagPairs();

    [Fact]
    public void Yaml_LineAndParagraphSeparators_EscapedSoTheValueSurvives() =>
        Assert.Equal("\"a\\u2028b\\u2029c\\u0007\"", InfrastructureCode.Yaml("a\u2028b\u2029c\u0007"));
}
