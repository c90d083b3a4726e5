using EventStreamConsole.Inventory;
using EventStreamConsole.Tests.Shared;
using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

public sealed class StreamSelectionTests
{
    private static readonly InventoryKey s_at = new(Streams.Account, Streams.Region);
    private readonly InventoryEntry[] _entries = [Streams.Entry("alpha", Streams.Summary("alpha")), Streams.Entry("bravo", Streams.Summary("bravo")), Streams.Entry("delta", null)];

    [Fact]
    public void SetAll_RowsWithoutStream_OnlyStreamsChosen()
    {
        var selection = new StreamSelection();
        selection.Follow(s_at);

        selection.SetAll(_entries, true);

        Assert.Equal(2, selection.Count);
        Assert.True(selection.ContainsAll(_entries));
        Assert.Equal(["alpha", "bravo"], selection.Targets.Select(t => t.DomainName));
        Assert.Equal(2, StreamSelection.Selectable(_entries));
    }

    [Fact]
    public void Follow_AnotherRegion_ForgetsTheChoice()
    {
        var selection = new StreamSelection();
        selection.Follow(s_at);
        selection.Set(_entries[0], true);

        selection.Follow(s_at with { Region = "eu-west-2" });

        Assert.Equal(0, selection.Count);
    }

    [Fact]
    public void Destinations_MixedSelection_CountsEachMostFirst()
    {
        var selection = new StreamSelection();
        selection.SetAll(_entries, true);

        Assert.Equal(2, selection.Destinations.Count);
        Assert.All(selection.Destinations, d => Assert.Equal(1, d.Count));
        Assert.False(selection.ContainsAll([_entries[2]]));
    }
}
