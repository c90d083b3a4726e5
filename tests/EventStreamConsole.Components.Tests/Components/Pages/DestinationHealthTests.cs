using Amazon.CustomerProfiles;
using Amazon.CustomerProfiles.Model;
using Bunit;
using EventStreamConsole.Components.Pages;
using EventStreamConsole.Health;
using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EventStreamConsole.Tests.Components.Pages;

public sealed class DestinationHealthTests : PageTestContext
{
    private static readonly InventoryKey s_key = new(Streams.Account, Streams.Region);
    private readonly IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs;

    public DestinationHealthTests()
    {
        var now = Now.UtcDateTime;
        Service.Inventory = new InventorySnapshot(s_key,
        [
            Streams.Entry("recent", Streams.Summary("recent", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: now.AddMinutes(-16))) with { Message = "Kinesis stream recent-events was not found" },
            Streams.Entry("oldest", Streams.Summary("oldest", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: now.AddDays(-7))) with { Message = "Access denied to oldest-events" },
            Streams.Entry("paused", Streams.Summary("paused", EventStreamState.STOPPED)),
            Streams.Entry("fine", Streams.Summary("fine")),
            Streams.Entry("empty", null),
        ], Now.AddSeconds(-12), false, 5, 5, null);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new EventStreamConsole.Configuration.SweepOptions()));
        _dialogs = RenderProviders();
    }

    [Fact]
    public void Render_Problems_UnhealthyLongestFirstThenStoppedHealthyFolded()
    {
        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));
        var unhealthyRows = cut.FindAll("section[aria-labelledby='unhealthy-heading'] tbody tr");
        Assert.Equal(2, unhealthyRows.Count);
        Assert.Contains("oldest / oldest-export", unhealthyRows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("for 7 d", unhealthyRows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Access denied to oldest-events", unhealthyRows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("recent / recent-export", unhealthyRows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Stopped (1)", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Healthy (1)", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("2 unhealthy", cut.Find(".region-card").TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Updated 12 s ago", cut.Find(".freshness").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InventoryPushed_NewProblemOnTopWithoutReload()
    {
        var cut = Render<DestinationHealth>();
        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));

        var entries = Service.Inventory.Entries.Select(e => e.DomainName == "fine"
            ? e with { Stream = Streams.Summary("fine", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: Now.UtcDateTime.AddDays(-9)) }
            : e).ToList();
        cut.InvokeAsync(() => Service.PushAsync(Service.Inventory with { Entries = entries }));
        // Pushes are coalesced for half a second.
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (3)", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("fine / fine-export", cut.FindAll("section[aria-labelledby='unhealthy-heading'] tbody tr")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_History_OutagesWithTheirLength()
    {
        var started = Now.AddHours(-5);
        Service.History.Add(new HealthTransition("t1", s_key, "fine", "fine-export", "arn:fine", TransitionKind.Status, "HEALTHY", "UNHEALTHY", started, started, "gone", false));
        Service.History.Add(new HealthTransition("t2", s_key, "fine", "fine-export", "arn:fine", TransitionKind.Status, "UNHEALTHY", "HEALTHY", started.AddMinutes(42), started.AddMinutes(42), null, false));

        var cut = Render<DestinationHealth>();

        // The two destinations unhealthy now are ongoing outages too (from their UnhealthySince: nothing recorded for them).
        cut.WaitForAssertion(() => Assert.Contains("3 outages · 2 ongoing", cut.Markup, StringComparison.Ordinal));
        var outage = cut.FindAll("[aria-label='Outages of the last 7 days'] tbody tr").Select(r => r.TextContent).Single(t => t.Contains("fine /", StringComparison.Ordinal));
        Assert.Contains("fine / fine-export", outage, StringComparison.Ordinal);
        Assert.Contains("42 m", outage, StringComparison.Ordinal);
        Assert.Contains("gone", outage, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OutageBegunBeforeTheWindow_ShownOngoingWithItsStart()
    {
        // "oldest" turned UNHEALTHY 7 d 6 h ago, as the console saw it: before the 7-day window.
        var began = Now.AddDays(-7).AddHours(-6);
        Service.History.Add(new HealthTransition("t1", s_key, "oldest", "oldest-export", "arn:oldest", TransitionKind.Status, "HEALTHY", "UNHEALTHY", began, began, "Access denied", false));

        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("2 outages · 2 ongoing", cut.Markup, StringComparison.Ordinal));
        var rows = cut.FindAll("[aria-label='Outages of the last 7 days'] tbody tr").Select(r => r.TextContent).ToList();
        var oldest = rows.Single(t => t.Contains("oldest /", StringComparison.Ordinal));
        Assert.Contains("2026-11-20 21:00", oldest, StringComparison.Ordinal);
        Assert.Contains("before this window", oldest, StringComparison.Ordinal);
        Assert.Contains("7 d 6 h so far", oldest, StringComparison.Ordinal);
        Assert.DoesNotContain("since at least", oldest, StringComparison.Ordinal);
        // "recent" has nothing recorded: its start is AWS's UnhealthySince, a lower bound.
        Assert.Contains("since at least", rows.Single(t => t.Contains("recent /", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WindowInTheAddress_ThatWindowAsked()
    {
        Navigation.NavigateTo("/health?window=30d");

        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("Last 30 days", cut.Find("#history-heading").TextContent, StringComparison.Ordinal));
        Assert.Equal(Now.AddDays(-30), Service.HistorySince.Last());
        Assert.Contains("Uptime (30 days)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BadWindowInTheAddress_SevenDaysAndSaysSo()
    {
        Navigation.NavigateTo("/health?window=forever");

        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("Unknown window 'forever'", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Last 7 days", cut.Find("#history-heading").TextContent, StringComparison.Ordinal);
        Assert.Equal(Now.AddDays(-7), Service.HistorySince.Last());
    }

    [Fact]
    public void Render_WindowLongerThanRetention_LongestKeptAndSaysSo()
    {
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EventStreamConsole.Configuration.HistoryOptions>>().Value.Retention = TimeSpan.FromDays(30);
        Navigation.NavigateTo("/health?window=90d");

        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("History is kept for 30 days (History:Retention), so the 90 days window is not available", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(Now.AddDays(-30), Service.HistorySince.Last());
    }

    [Fact]
    public void Render_Uptime_PerStreamForTheWindow()
    {
        var arn = Service.Inventory.Entries.Single(e => e.DomainName == "recent").Stream!.EventStreamArn!;
        Service.FirstSeen[arn] = Now.AddDays(-3);
        var started = Now.AddMinutes(-16);
        Service.History.Add(new HealthTransition("t1", s_key, "recent", "recent-export", arn, TransitionKind.Status, "HEALTHY", "UNHEALTHY", started, started, null, false));

        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("Uptime (7 days)", cut.Markup, StringComparison.Ordinal));
        var recent = cut.FindAll("section[aria-labelledby='unhealthy-heading'] tbody tr").Single(r => r.TextContent.Contains("recent /", StringComparison.Ordinal));
        Assert.Equal("uptime 99.6 % since first seen 3 d 0 h ago", recent.QuerySelector(".health-uptime")!.TextContent.Trim());
    }

    [Fact]
    public void ChooseWindow_ThirtyDays_InTheAddress()
    {
        var cut = Render<DestinationHealth>();
        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));

        var picker = cut.FindComponent<EventStreamConsole.Components.Controls.HealthWindowPicker>();
        cut.InvokeAsync(() => picker.Instance.WindowChanged.InvokeAsync("30d"));

        cut.WaitForAssertion(() => Assert.EndsWith("window=30d", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Filter_Search_MatchesMessagesToo()
    {
        var cut = Render<DestinationHealth>();
        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));

        cut.Find(".search-field input").Input("access denied");
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (1)", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Filter_SearchAndRegion_KeptInTheAddressWithTheWindow()
    {
        Navigation.NavigateTo("/health?window=30d");
        var cut = Render<DestinationHealth>();
        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));

        cut.Find(".search-field input").Input("access denied");
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Contains("q=access%20denied", Navigation.Uri, StringComparison.Ordinal));
        Assert.Contains("window=30d", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("Unhealthy (1)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FiltersInTheAddress_AppliedAndShownInTheFields()
    {
        Navigation.NavigateTo($"/health?q=oldest&inRegion={Streams.Region}&inAccount={Streams.Account}");

        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (1)", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("oldest", cut.Find(".search-field input").GetAttribute("value"));
        Assert.Contains("Stopped (0)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownRegionInTheAddress_EveryRegionAndSaysSo()
    {
        Navigation.NavigateTo("/health?inRegion=mars-north-1");

        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("This console manages no region 'mars-north-1'; showing every region.", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveUpdates_Paused_PushHeldAndCountedThenShownOnResume()
    {
        await Services.GetRequiredService<EventStreamConsole.ViewModels.LiveUpdates>().SetAsync(paused: true, Xunit.TestContext.Current.CancellationToken);
        var cut = Render<DestinationHealth>();
        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));

        var entries = Service.Inventory.Entries.Select(e => e.DomainName == "fine"
            ? e with { Stream = Streams.Summary("fine", status: EventStreamDestinationStatus.UNHEALTHY, unhealthySince: Now.UtcDateTime.AddDays(-9)) }
            : e).ToList();
        await cut.InvokeAsync(() => Service.PushAsync(Service.Inventory with { Entries = entries }));
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Contains("1 update waiting", cut.Find(".live-waiting").TextContent, StringComparison.Ordinal));
        Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Live updates paused", cut.Find(".live-switch").TextContent, StringComparison.Ordinal);

        cut.Find(".live-switch input").Change(true);

        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (3)", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".live-waiting"));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "escConsole.save" && Equals(i.Arguments[0], "liveUpdates") && Equals(i.Arguments[1], "live"));
    }

    [Fact]
    public void Acknowledge_NoteTyped_SavedAndShownOnTheRow()
    {
        var cut = Render<DestinationHealth>();
        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));

        cut.Find("button[aria-label='Acknowledge the outage of oldest / oldest-export']").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Acknowledge outage", _dialogs.Markup, StringComparison.Ordinal));
        var save = () => _dialogs.FindAll(".mud-dialog-actions button").Last();
        Assert.True(save().HasAttribute("disabled"));
        _dialogs.Find(".ack-note textarea").Input("IAM role was deleted; restoring it");
        _dialogs.WaitForAssertion(() => Assert.False(save().HasAttribute("disabled")));
        save().Click();

        cut.WaitForAssertion(() => Assert.Contains("Acknowledged by Kenji Sato", cut.FindAll("section[aria-labelledby='unhealthy-heading'] tbody tr")[0].TextContent, StringComparison.Ordinal));
        Assert.Contains("IAM role was deleted; restoring it", cut.FindAll("section[aria-labelledby='unhealthy-heading'] tbody tr")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Acknowledge oldest/oldest-export", Service.Calls);
        Assert.NotNull(cut.Find("button[aria-label='Update note on the outage of oldest / oldest-export']"));
    }

    [Fact]
    public void Acknowledge_Viewer_ButtonDisabledSayingWhichRole()
    {
        SignIn(FakeEventStreamService.UserOf(EventStreamConsole.Authentication.ConsoleRole.Viewer));

        var cut = Render<DestinationHealth>();

        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));
        Assert.True(cut.Find("button[aria-label='Acknowledge the outage of oldest / oldest-export']").HasAttribute("disabled"));
        Assert.Contains("Acknowledging outages needs the EventStreams.TagEditor or EventStreams.Admin role",
            cut.Find(".ack-line [data-refused]").GetAttribute("data-refused"), StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledge_OutageThatEndedMeanwhile_DialogSaysSoAndStaysOpen()
    {
        var cut = Render<DestinationHealth>();
        cut.WaitForAssertion(() => Assert.Contains("Unhealthy (2)", cut.Markup, StringComparison.Ordinal));
        cut.Find("button[aria-label='Acknowledge the outage of oldest / oldest-export']").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Acknowledge outage", _dialogs.Markup, StringComparison.Ordinal));
        Service.Inventory = Service.Inventory with { Entries = [.. Service.Inventory.Entries.Where(e => e.DomainName != "oldest")] };

        _dialogs.Find(".ack-note textarea").Input("looking");
        _dialogs.FindAll(".mud-dialog-actions button").Last().Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("The outage was not acknowledged: oldest/oldest-export has no ongoing outage to acknowledge", _dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(Service.Acknowledgements);
    }

    [Fact]
    public void Summary_AcknowledgedOutage_SaysWhoAndWhy()
    {
        var overview = HealthOverview.From([Service.Inventory]);
        var oldest = overview.Unhealthy.Single(r => r.DomainName == "oldest");
        var ack = new OutageAcknowledgement(s_key, "oldest", "oldest-export", oldest.EventStreamArn, Now.AddDays(-7), "vendor ticket 4411", "Kenji Sato", "oid", Now.AddMinutes(-30));

        var text = overview.Summary(Now, _ => "link", row => row.DomainName == "oldest" ? ack : null);

        Assert.Contains("Access denied to oldest-events (acknowledged by Kenji Sato at 2026-11-28 02:30 UTC: vendor ticket 4411) link", text, StringComparison.Ordinal);
        Assert.DoesNotContain("acknowledged", text.Split('\n').Single(l => l.Contains("recent/", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_Overview_OneLinePerProblemWithLinks()
    {
        var overview = HealthOverview.From([Service.Inventory, InventorySnapshot.Empty(new InventoryKey(Streams.Account, "eu-west-2")) with
        {
            RefreshedAt = Now.AddMinutes(-3), LastError = "ThrottlingException: Rate exceeded",
        }]);

        var text = overview.Summary(Now, row => $"https://console/{row.DomainName}");

        Assert.Equal(
            """
            Event stream health at 2026-11-28 03:00 UTC: 2 unhealthy, 1 stopped, 1 healthy (123456789012/eu-west-2, 123456789012/us-east-1)
            - UNHEALTHY us-east-1 oldest/oldest-export → oldest-events for 7 d 0 h (since 2026-11-21 03:00 UTC): Access denied to oldest-events https://console/oldest
            - UNHEALTHY us-east-1 recent/recent-export → recent-events for 16 m (since 2026-11-28 02:44 UTC): Kinesis stream recent-events was not found https://console/recent
            - STOPPED us-east-1 paused/paused-export for 2 d 0 h https://console/paused
            - STALE 123456789012/eu-west-2: the last sweep failed (ThrottlingException: Rate exceeded)
            """.ReplaceLineEndings(), text.ReplaceLineEndings());
    }
}
