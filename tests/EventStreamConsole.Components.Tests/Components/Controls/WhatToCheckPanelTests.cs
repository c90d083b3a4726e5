using Bunit;
using EventStreamConsole.Components.Controls;
using Amazon.CustomerProfiles;
using EventStreamConsole.Service;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Controls;

public sealed class WhatToCheckPanelTests : ConsoleTestContext
{
    private const string StreamArn = "arn:aws:kinesis:us-east-1:123456789012:stream/retail-events";

    [Fact]
    public void Render_Healthy_Nothing()
    {
        var cut = Render<WhatToCheckPanel>(p => p.Add(c => c.Detail, Streams.Detail("retail")));

        Assert.Empty(cut.FindAll(".what-to-check"));
    }

    [Fact]
    public void Render_UnhealthyKmsEncrypted_HeadingFindingLinkAndCopyableCommand()
    {
        var facts = new DestinationFacts(StreamArn, false, "ACTIVE", "PROVISIONED", 1, 24, "KMS", "alias/retail", 0, Now);

        var cut = Render<WhatToCheckPanel>(p => p
            .Add(c => c.Detail, Streams.Detail("retail", EventStreamDestinationStatus.UNHEALTHY, "KMSAccessDeniedException: not allowed"))
            .Add(c => c.Facts, facts));

        Assert.Equal("What to check", cut.Find("h2").TextContent);
        var finding = cut.Find(".check-finding");
        Assert.Equal("KmsKey", finding.GetAttribute("data-kind"));
        Assert.Contains("The stream is encrypted with KMS key alias/retail", cut.Find("h3").TextContent, StringComparison.Ordinal);
        var link = finding.QuerySelector("a")!;
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.StartsWith("aws kms get-key-policy", cut.Find(".check-command code").TextContent, StringComparison.Ordinal);
        Assert.Equal("Copy command", finding.QuerySelector("button")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_UnhealthyNothingExplains_NoLinkButTheCommand()
    {
        var facts = new DestinationFacts(StreamArn, false, "ACTIVE", "ON_DEMAND", 4, 24, "NONE", null, 0, Now);

        var cut = Render<WhatToCheckPanel>(p => p
            .Add(c => c.Detail, Streams.Detail("retail", EventStreamDestinationStatus.UNHEALTHY, "unknown"))
            .Add(c => c.Facts, facts));

        Assert.Contains("Nothing Kinesis reports explains this", cut.Find("h3").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.Find(".check-finding").QuerySelectorAll("a"));
        Assert.StartsWith("aws customer-profiles get-event-stream", cut.Find(".check-command code").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FactsPending_SaysItIsReading()
    {
        var cut = Render<WhatToCheckPanel>(p => p
            .Add(c => c.Detail, Streams.Detail("retail", EventStreamDestinationStatus.UNHEALTHY, "Rate exceeded"))
            .Add(c => c.FactsPending, true));

        Assert.Contains("Reading what Kinesis says", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".check-finding"));
    }
}
