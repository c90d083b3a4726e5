using EventStreamConsole.Service;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

public sealed class CreateEventStreamFormTests
{
    private readonly CreateEventStreamForm _form = new("us-east-1", "123456789012")
    {
        DomainName = "retail",
        EventStreamName = "retail-export",
        DestinationArn = "arn:aws:kinesis:us-east-1:123456789012:stream/orders",
        Precheck = new CreatePrecheck(true, null),
    };

    [Fact]
    public void IsValid_EverythingRight_True() => Assert.True(_form.IsValid);

    [Fact]
    public void IsValid_PrecheckNotRunYet_False()
    {
        _form.Precheck = null;

        Assert.False(_form.IsValid);
    }

    [Fact]
    public void DomainNameError_DomainAlreadyHasStream_ExplainsTheQuota()
    {
        _form.Precheck = new CreatePrecheck(true, "old-export");

        Assert.Equal("Domain 'retail' already has the event stream 'old-export'. AWS allows one event stream per domain (a quota that cannot be raised); delete it first.",
            _form.DomainNameError);
    }

    [Fact]
    public void DomainNameError_DomainMissing_SaysSo()
    {
        _form.Precheck = new CreatePrecheck(false, null);

        Assert.Equal("Domain 'retail' does not exist in us-east-1.", _form.DomainNameError);
    }

    [Theory]
    [InlineData("", "Destination is required")]
    [InlineData("https://kinesis/orders", "Destination must be a Kinesis data stream ARN")]
    [InlineData("arn:aws:kinesis:eu-west-2:123456789012:stream/orders", "Destination must be a Kinesis stream in the domain's region us-east-1; this one is in eu-west-2.")]
    [InlineData("arn:aws:kinesis:us-east-1:999999999999:stream/orders", "in the domain's account 123456789012; this one is in account 999999999999")]
    public void DestinationError_Wrong_Explains(string arn, string expected)
    {
        _form.DestinationArn = arn;

        Assert.Contains(expected, _form.DestinationError, StringComparison.Ordinal);
        Assert.False(_form.IsValid);
    }

    [Fact]
    public void DestinationError_AccountUnknown_ChecksRegionOnly()
    {
        var form = new CreateEventStreamForm("us-east-1", "")
        {
            DomainName = "retail",
            EventStreamName = "retail-export",
            DestinationArn = "arn:aws:kinesis:us-east-1:999999999999:stream/orders",
            Precheck = new CreatePrecheck(true, null),
        };

        Assert.Null(form.DestinationError);
        form.DestinationArn = "arn:aws:kinesis:eu-west-2:999999999999:stream/orders";
        Assert.Contains("in the domain's region us-east-1", form.DestinationError, StringComparison.Ordinal);
    }

    [Fact]
    public void EventStreamNameError_BadCharacters_NamesRule()
    {
        _form.EventStreamName = "retail export";

        Assert.Equal("Stream name may contain only letters, digits, hyphens (-) and underscores (_).", _form.EventStreamNameError);
    }

    [Fact]
    public void DestinationError_ChinaPartitionArnInAwsRegion_NamesThePartition()
    {
        _form.DestinationArn = "arn:aws-cn:kinesis:us-east-1:123456789012:stream/orders";

        Assert.Equal("Destination must be an ARN of the partition 'aws' of region us-east-1; this one names the partition 'aws-cn'.", _form.DestinationError);
        Assert.False(_form.IsValid);
    }

    [Fact]
    public void EventStreamNameError_TrailingNewline_NamesRule()
    {
        _form.EventStreamName = "retail-export\n";

        Assert.Equal("Stream name may contain only letters, digits, hyphens (-) and underscores (_).", _form.EventStreamNameError);
        Assert.False(_form.IsValid);
    }

    [Fact]
    public void DomainNameError_TrailingNewline_NamesRule()
    {
        _form.DomainName = "retail\n";

        Assert.Equal("DomainName may contain only letters, digits, hyphens (-) and underscores (_).", _form.DomainNameError);
    }
}
