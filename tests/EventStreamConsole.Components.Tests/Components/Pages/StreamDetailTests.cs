using System.Net;
using Amazon.Runtime;
using Bunit;
using EventStreamConsole.Components.Pages;
using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using EventStreamConsole.CustomerProfiles.Runtime;
using EventStreamConsole.Tests.Shared;

namespace EventStreamConsole.Tests.Components.Pages;

public sealed class StreamDetailTests : PageTestContext
{
    private readonly IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs;

    public StreamDetailTests()
    {
        Service.Details[("retail", "retail-export")] = Streams.Detail("retail", EventStreamDestinationStatus.UNHEALTHY,
            "Kinesis stream was not found (ResourceNotFoundException)", new Dictionary<string, string> { ["team"] = "retail", ["env"] = "prod" });
        _dialogs = RenderProviders();
    }

    [Fact]
    public void Render_DestinationFacts_StatusCapacityRetentionEncryptionConsumers()
    {
        var arn = Service.Details[("retail", "retail-export")].DestinationUri;
        Service.DestinationFacts[arn] = new EventStreamConsole.Service.DestinationFacts(arn, false, "ACTIVE", "PROVISIONED", 2, 168, "KMS", "alias/retail", 1, Now);

        var cut = RenderDetail();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".destination-facts")));
        var facts = cut.Find(".destination-facts").TextContent;
        Assert.Contains("ACTIVE", facts, StringComparison.Ordinal);
        Assert.Contains("PROVISIONED · 2 open shards", facts, StringComparison.Ordinal);
        Assert.Contains("168 h (7 d)", facts, StringComparison.Ordinal);
        Assert.Contains("KMS: alias/retail", facts, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DestinationMissing_SaysNothingCanBeDelivered()
    {
        var cut = RenderDetail();

        cut.WaitForAssertion(() => Assert.Contains("The Kinesis stream does not exist", cut.Find(".destination-facts").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AsCode_Clicked_CloudFormationAndTerraformOfThisStreamWithCopyButtons()
    {
        var cut = RenderDetail();
        cut.WaitForAssertion(() => Assert.Contains("UNHEALTHY", cut.Markup, StringComparison.Ordinal));

        cut.FindAll("button").First(b => b.TextContent.Trim() == "As code").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("retail-export as code", _dialogs.Markup, StringComparison.Ordinal));
        var template = _dialogs.Find("pre[aria-label='CloudFormation template']").TextContent;
        Assert.Contains("Type: AWS::CustomerProfiles::EventStream", template, StringComparison.Ordinal);
        Assert.Contains("Uri: \"arn:aws:kinesis:us-east-1:123456789012:stream/retail-events\"", template, StringComparison.Ordinal);
        Assert.Contains("- Key: \"env\"", template, StringComparison.Ordinal);
        Assert.Contains(_dialogs.FindAll("button"), b => b.GetAttribute("aria-label")?.Contains("CloudFormation template", StringComparison.Ordinal) == true);
        Assert.Contains("Terraform", _dialogs.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnhealthyStream_ShowsEverythingGetEventStreamReturns()
    {
        var cut = RenderDetail();

        cut.WaitForAssertion(() => Assert.Contains("UNHEALTHY", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("for 3 h 12 m", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Kinesis stream was not found (ResourceNotFoundException)", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("2026-11-27 23:48:00 UTC", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("arn:aws:profile:us-east-1:123456789012:domains/retail/event-streams/retail-export", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("RUNNING", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("https://us-east-1.console.aws.amazon.com/kinesis/home?region=us-east-1#/streams/details/retail-events/monitoring", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(["env", "team"], cut.FindAll(".tags-table tbody tr td:first-child").Select(td => td.TextContent));
    }

    [Fact]
    public void Render_Missing_SaysItMayHaveBeenDeleted()
    {
        var cut = RenderDetail("gone");

        cut.WaitForAssertion(() => Assert.Contains("does not exist in domain", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_AccessDenied_NamesThePermission()
    {
        // As the client's pipeline leaves it: the operation recorded on the exception.
        var denied = new AccessDeniedException("not authorized", null, ErrorType.Sender, "AccessDeniedException", "rid-9", HttpStatusCode.Forbidden);
        AwsCallFacts.Record(denied, "GetEventStream", 1, earlierAttemptMayHaveApplied: false);
        Service.Failure = denied;

        var cut = RenderDetail();

        cut.WaitForAssertion(() => Assert.Contains("needs the IAM permission profile:GetEventStream", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("rid-9", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_DestinationHealed_BadgeTurnsHealthy()
    {
        var cut = RenderDetail();
        cut.WaitForAssertion(() => Assert.Contains("UNHEALTHY", cut.Markup, StringComparison.Ordinal));

        Service.Details[("retail", "retail-export")] = Streams.Detail("retail");
        Time.Advance(TimeSpan.FromMinutes(5));

        cut.WaitForAssertion(() => Assert.DoesNotContain("UNHEALTHY", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("HEALTHY", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StoppedStream_LeadsWithStoppedNotAGreenHealthy()
    {
        Service.Details[("paused", "paused-export")] = Streams.Detail("paused") with { State = EventStreamState.STOPPED, StoppedSince = Now.UtcDateTime.AddHours(-5) };

        var cut = Render<StreamDetail>(p => p.Add(d => d.DomainName, "paused").Add(d => d.EventStreamName, "paused-export"));

        cut.WaitForAssertion(() => Assert.Contains("STOPPED", cut.Find(".detail-card h2 + .state-lead").TextContent, StringComparison.Ordinal));
        Assert.Equal("State", cut.Find(".detail-card h2").TextContent.Trim());
        Assert.Contains("for 5 h 0 m", cut.Find(".state-lead").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".health-large .health-badge"));
        var badge = cut.Find(".detail-card .health-badge");
        Assert.Contains("health-neutral", badge.ClassList);
        Assert.Contains("HEALTHY", badge.TextContent, StringComparison.Ordinal);
        Assert.Equal("uptime not counted: the export is stopped, so nothing is delivered", cut.Find(".health-uptime").TextContent.Trim());
    }

    [Fact]
    public void Render_OutageBegunBeforeTheWindow_ShownWithItsStartAndUptime()
    {
        var detail = Service.Details[("retail", "retail-export")];
        var began = Now.AddDays(-7).AddHours(-6);
        Service.FirstSeen[detail.EventStreamArn] = Now.AddDays(-40);
        Service.History.Add(new EventStreamConsole.Health.HealthTransition("t1", new(Streams.Account, Streams.Region), "retail", "retail-export", detail.EventStreamArn,
            EventStreamConsole.Health.TransitionKind.Status, "HEALTHY", "UNHEALTHY", began, began, "gone", false));

        var cut = RenderDetail();

        cut.WaitForAssertion(() => Assert.Contains("still unhealthy, for 7 d 6 h", cut.Find(".health-timeline").TextContent, StringComparison.Ordinal));
        Assert.Contains("before this window", cut.Find(".health-timeline").TextContent, StringComparison.Ordinal);
        Assert.Equal("uptime 0.0 %", cut.Find(".health-uptime").TextContent.Trim());
        Assert.DoesNotContain("No change recorded", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BrokenBeforeFirstSeen_SinceAtLeast()
    {
        var detail = Service.Details[("retail", "retail-export")];
        var since = Now.AddDays(-12);
        Service.FirstSeen[detail.EventStreamArn] = Now.AddDays(-2);
        Service.History.Add(new EventStreamConsole.Health.HealthTransition("t1", new(Streams.Account, Streams.Region), "retail", "retail-export", detail.EventStreamArn,
            EventStreamConsole.Health.TransitionKind.Status, null, "UNHEALTHY", since, Now.AddDays(-2), "gone", true));

        var cut = RenderDetail();

        cut.WaitForAssertion(() => Assert.Contains("since at least this time", cut.Find(".health-timeline").TextContent, StringComparison.Ordinal));
        Assert.Contains("still unhealthy, for at least 12 d 0 h", cut.Find(".health-timeline").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WindowInTheAddress_HistoryOfThatWindow()
    {
        Navigation.NavigateTo("/domains/retail/streams/retail-export?region=us-east-1&window=24h");

        var cut = RenderDetail();

        cut.WaitForAssertion(() => Assert.Contains("Health history · last 24 h", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(Now.AddHours(-24), Service.HistorySince.Last());
        Assert.Contains("No change recorded in the last 24 h", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_TypedNameConfirmed_DeletesAndGoesToDomain()
    {
        var provider = Render<MudBlazor.MudDialogProvider>();
        var cut = RenderDetail();
        cut.WaitForAssertion(() => Assert.Contains("UNHEALTHY", cut.Markup, StringComparison.Ordinal));

        cut.FindAll("button").First(b => b.TextContent.Trim() == "Delete").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find(".confirm-name input")));
        var deleteButton = provider.FindAll(".mud-dialog button").Last();
        Assert.True(deleteButton.HasAttribute("disabled"), "Delete waits for the name");
        provider.Find(".confirm-name input").Input("retail-export");
        provider.FindAll(".mud-dialog button").Last().Click();

        provider.WaitForAssertion(() => Assert.Contains("Delete retail/retail-export", Service.Calls));
        cut.WaitForAssertion(() => Assert.EndsWith("/domains/retail?region=us-east-1", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_UnhealthyDestinationMissing_WhatToCheckSaysTheStreamDoesNotExist()
    {
        var cut = RenderDetail();

        cut.WaitForAssertion(() => Assert.Contains("StreamMissing", cut.Find(".what-to-check .check-finding").GetAttribute("data-kind"), StringComparison.Ordinal));
        Assert.Contains("aws kinesis describe-stream-summary --stream-name retail-events", cut.Find(".what-to-check code").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<StreamDetail> RenderDetail(string stream = "retail-export") => Render<StreamDetail>(p => p
        .Add(d => d.DomainName, "retail")
        .Add(d => d.EventStreamName, stream));
}
