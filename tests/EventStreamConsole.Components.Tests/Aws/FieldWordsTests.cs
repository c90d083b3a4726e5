using EventStreamConsole.Aws;

namespace EventStreamConsole.Tests.Aws;

public sealed class FieldWordsTests
{
    [Theory]
    [InlineData("EventStreamName is required.", "Stream name is required.")]
    [InlineData("DomainName must be at most 64 characters (it has 70).", "Domain name must be at most 64 characters (it has 70).")]
    [InlineData("Uri must be a Kinesis data stream ARN such as arn:aws:kinesis:us-east-1:123456789012:stream/my-stream.",
        "Destination must be a Kinesis data stream ARN such as arn:aws:kinesis:us-east-1:123456789012:stream/my-stream.")]
    [InlineData("Tags key 'aws:x' must not start with 'aws:', which AWS reserves for its own tags.", "Tag key 'aws:x' must not start with 'aws:', which AWS reserves for its own tags.")]
    [InlineData("tagKeys must name at least one tag key.", "Tag keys must name at least one tag key.")]
    [InlineData("Value at 'eventStreamName' failed to satisfy constraint", "Value at 'Stream name' failed to satisfy constraint")]
    public void Of_ApiMemberNames_BecomeTheFormsWords(string message, string expected) => Assert.Equal(expected, FieldWords.Of(message));

    [Fact]
    public void Of_NameInsideAWord_Unchanged() =>
        Assert.Equal("Kinesis stream MyUriStream does not exist", FieldWords.Of("Kinesis stream MyUriStream does not exist"));

    [Theory]
    [InlineData("Uri is bad", "Destination is bad.")]
    [InlineData("Stream exists.", "Stream exists.")]
    [InlineData("  Try again?  ", "Try again?")]
    public void Sentence_Message_EndsAsASentence(string message, string expected) => Assert.Equal(expected, FieldWords.Sentence(message));
}
