using EventStreamConsole.Audit;

namespace EventStreamConsole.Tests.Audit;

public sealed class AuditWordsTests
{
    [Theory]
    [InlineData(AuditActions.CreateEventStream, "Stream created")]
    [InlineData(AuditActions.DeleteEventStream, "Stream deleted")]
    [InlineData(AuditActions.TagResource, "Tags added or changed")]
    [InlineData(AuditActions.UntagResource, "Tags removed")]
    [InlineData("SomethingNew", "SomethingNew")]
    public void ActionName_ApiAction_InWords(string action, string expected) => Assert.Equal(expected, AuditWords.ActionName(action));

    [Theory]
    [InlineData(null, null, "Tags added")]
    [InlineData("ann", "x", "Tags changed")]
    [InlineData("ann", null, "Tags added and changed")]
    public void ActionOf_TagResource_SaysNewOrChanged(string? ownerBefore, string? teamBefore, string expected)
    {
        var record = Tagged(new() { ["Tag:owner"] = ownerBefore, ["Tag:team"] = teamBefore }, new() { ["Tag:owner"] = "bob", ["Tag:team"] = "core" });

        Assert.Equal(expected, AuditWords.ActionOf(record));
    }

    [Fact]
    public void ActionOf_RefusedTagResourceWithoutBefore_AddedOrChanged() =>
        Assert.Equal("Tags added or changed", AuditWords.ActionOf(Tagged([], new() { ["Tag:owner"] = "bob" })));

    [Fact]
    public void Changes_DeletedStream_DestinationFirstThenTagsRemoved()
    {
        var record = AuditStoreTests.Record() with
        {
            Before = new Dictionary<string, string?> { ["Tag:team"] = "core", ["Uri"] = "arn:aws:kinesis:us-east-1:123456789012:stream/orders", ["State"] = "RUNNING" },
        };

        Assert.Equal(
            ["Destination: arn:aws:kinesis:us-east-1:123456789012:stream/orders (removed)", "State: RUNNING", "Tag team: core (removed)"],
            AuditWords.Changes(record).Select(l => l.ToString()));
    }

    [Fact]
    public void Changes_TagEdit_BeforeArrowAfterNewAndEmptyInWords()
    {
        var record = Tagged(new() { ["Tag:owner"] = "ann", ["Tag:team"] = null, ["Tag:note"] = null }, new() { ["Tag:owner"] = "bob", ["Tag:team"] = "core", ["Tag:note"] = "" });

        Assert.Equal(["Tag note: (empty) (new)", "Tag owner: ann → bob", "Tag team: core (new)"], AuditWords.Changes(record).Select(l => l.ToString()));
        Assert.All(AuditWords.Changes(record), l => Assert.Equal("Tag", l.Label));
    }

    [Fact]
    public void Changes_CreatedStream_DestinationAndTagsAsSet()
    {
        var record = AuditStoreTests.Record(action: AuditActions.CreateEventStream) with
        {
            Before = new Dictionary<string, string?>(),
            After = new Dictionary<string, string?> { ["Uri"] = "arn:aws:kinesis:us-east-1:123456789012:stream/orders", ["Tag:team"] = "core" },
        };

        Assert.Equal("Destination: arn:aws:kinesis:us-east-1:123456789012:stream/orders; Tag team: core", AuditWords.ChangesText(record));
    }

    private static AuditRecord Tagged(Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        AuditStoreTests.Record(action: AuditActions.TagResource) with { Before = before, After = after };
}
