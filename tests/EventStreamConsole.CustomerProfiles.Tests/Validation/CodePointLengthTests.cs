using EventStreamConsole.CustomerProfiles.Validation;

namespace EventStreamConsole.CustomerProfiles.Tests.Validation;

/// <summary>Lengths count Unicode code points, as AWS's model does: an emoji is one character, not two UTF-16 units.</summary>
public sealed class CodePointLengthTests
{
    private const string Emoji = "\U0001F600";

    private static string Emojis(int count) => string.Concat(Enumerable.Repeat(Emoji, count));

    [Fact]
    public void TagValue_256Emoji_Valid() => Assert.Null(CustomerProfilesRules.TagValue("k", Emojis(256)));

    [Fact]
    public void TagValue_257Emoji_ReportsCodePoints() =>
        Assert.Contains("at most 256 characters (it has 257)", CustomerProfilesRules.TagValue("k", Emojis(257)), StringComparison.Ordinal);

    [Fact]
    public void Tags_MapWith256EmojiValue_NoErrors() =>
        Assert.Empty(CustomerProfilesRules.Tags(new Dictionary<string, string> { ["team"] = Emojis(256) }, "Tags", required: false));

    [Fact]
    public void DomainName_64Emoji_RefusedByPatternNotLength() =>
        Assert.Equal("DomainName may contain only letters, digits, hyphens (-) and underscores (_).", CustomerProfilesRules.DomainName(Emojis(64)));

    [Fact]
    public void DomainName_65Emoji_ReportsCodePoints() =>
        Assert.Equal("DomainName must be at most 64 characters (it has 65).", CustomerProfilesRules.DomainName(Emojis(65)));

    [Fact]
    public void TagKey_129Emoji_ReportsCodePointsAndCutsBetweenThem()
    {
        var error = CustomerProfilesRules.TagKey(Emojis(129));

        Assert.Contains("at most 128 characters (it has 129)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", error, StringComparison.Ordinal);
        Assert.All(error!.Where(char.IsSurrogate).Chunk(2), pair => Assert.True(char.IsSurrogatePair(pair[0], pair[1])));
    }

    [Fact]
    public void DestinationUri_256CodePoints_ReportsCodePoints() =>
        Assert.Equal("Uri must be at most 255 characters (it has 256).", CustomerProfilesRules.DestinationUri(Emojis(256)));

    [Fact]
    public void ResourceArn_256CodePointsWithEmoji_PassesLengthCheck() =>
        Assert.Null(CustomerProfilesRules.ResourceArn("arn:aws:profile:" + Emojis(240)));

    [Fact]
    public void NextToken_1024Emoji_Valid() => Assert.Null(CustomerProfilesRules.NextToken(Emojis(1024)));

    [Fact]
    public void MaxLength_255Emoji_ValidAnd256Refused()
    {
        Assert.Null(CustomerProfilesRules.MaxLength("DefaultEncryptionKey", Emojis(255), 255));
        Assert.Equal("DefaultEncryptionKey must be at most 255 characters (it has 256).", CustomerProfilesRules.MaxLength("DefaultEncryptionKey", Emojis(256), 255));
    }

    [Fact]
    public void ValidateStreamName_129Emoji_ReportsCodePoints() =>
        Assert.Equal("StreamName must be at most 128 characters (it has 129).", KinesisStreamArn.ValidateStreamName(Emojis(129)));

    [Fact]
    public void Validate_CreateDomainWith256EmojiTagValue_NoErrors()
    {
        var request = new Amazon.CustomerProfiles.Model.CreateDomainRequest { DomainName = "retail", DefaultExpirationDays = 30, Tags = new() { ["team"] = Emojis(256) } };

        Assert.Empty(RequestValidator.Validate(request));
    }
}
