using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Inventory;

/// <summary>The list's search finds what users paste (names, ARNs, tags) and its tag filter keeps key, value or both.</summary>
public sealed class InventorySearchTests
{
    private static readonly IReadOnlyList<InventoryEntry> s_entries =
    [
        Streams.Entry("alpha", Streams.Summary("alpha", tags: new() { ["team"] = "retail", ["env"] = "prod" })),
        Streams.Entry("bravo", Streams.Summary("bravo", tags: new() { ["team"] = "payments" })),
        Streams.Entry("charlie", Streams.Summary("charlie", tags: new() { ["owner"] = "retail" })),
        Streams.Entry("delta", null),
    ];

    [Theory]
    [InlineData("arn:aws:kinesis:us-east-1:123456789012:stream/bravo-events", "bravo")]
    [InlineData("  arn:aws:profile:us-east-1:123456789012:domains/charlie/event-streams/charlie-export ", "charlie")]
    [InlineData("team=payments", "bravo")]
    [InlineData("PROD", "alpha")]
    public void Apply_SearchPastedArnOrTag_FindsTheStream(string search, string expected) =>
        Assert.Equal([expected], Domains(new InventoryQuery(Search: search)));

    [Theory]
    [InlineData("team=retail", new[] { "alpha" })]
    [InlineData("team=", new[] { "alpha", "bravo" })]
    [InlineData("team", new[] { "alpha", "bravo" })]
    [InlineData("=retail", new[] { "alpha", "charlie" })]
    [InlineData(" Team = RETAIL ", new[] { "alpha" })]
    public void Apply_TagFilter_KeepsMatchingKeyValueOrBoth(string tag, string[] expected) =>
        Assert.Equal(expected, Domains(new InventoryQuery(Tag: tag)));

    [Fact]
    public void Apply_MalformedTagFilter_FiltersNothingAndSaysWhy()
    {
        Assert.Equal(4, Domains(new InventoryQuery(Tag: "=")).Count);
        Assert.Equal("A tag filter needs a key or a value: team=retail, team= (any value) or =retail (any key).", TagFilter.ErrorOf("="));
        Assert.Equal("Tag keys are at most 128 characters; this one has 129.", TagFilter.ErrorOf(new string('k', 129) + "=x"));
        Assert.Equal("Tag values are at most 256 characters; this one has 257.", TagFilter.ErrorOf("k=" + new string('v', 257)));
        Assert.Null(TagFilter.ErrorOf("team=retail"));
        Assert.Null(TagFilter.ErrorOf(null));
    }

    [Theory]
    [InlineData("team=retail", "team", "retail", "tag team=retail")]
    [InlineData("team=", "team", null, "tag team (any value)")]
    [InlineData("=retail", null, "retail", "any tag with value retail")]
    [InlineData("url=a=b", "url", "a=b", "tag url=a=b")]
    public void Parse_Text_KeyAndValue(string text, string? key, string? value, string words)
    {
        var filter = TagFilter.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(new TagFilter(key, value), filter);
        Assert.Equal(words, filter!.ToString());
    }

    private static List<string> Domains(InventoryQuery query) => [.. query.Apply(s_entries).Items.Select(i => i.DomainName).Order(StringComparer.Ordinal)];
}
