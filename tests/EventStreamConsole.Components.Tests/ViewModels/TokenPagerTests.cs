using EventStreamConsole.ViewModels;

namespace EventStreamConsole.Tests.ViewModels;

public sealed class TokenPagerTests
{
    [Fact]
    public void Walk_ForwardAndBack_UsesTheTokenThatStartedEachPage()
    {
        var pager = new TokenPager();
        pager.Loaded("t1");
        pager.MoveNext();
        Assert.Equal("t1", pager.CurrentToken);
        pager.Loaded("t2");
        pager.MoveNext();
        pager.Loaded(null);

        Assert.False(pager.HasNext);
        Assert.Equal(2, pager.Index);
        pager.MovePrevious();
        Assert.Equal("t1", pager.CurrentToken);
        pager.MovePrevious();
        Assert.Null(pager.CurrentToken);
        Assert.False(pager.HasPrevious);
    }

    [Fact]
    public void MoveNext_OnLastPage_Throws()
    {
        var pager = new TokenPager();
        pager.Loaded(null);

        Assert.Throws<InvalidOperationException>(pager.MoveNext);
    }

    [Fact]
    public void Reset_AfterPaging_BackToFirstPage()
    {
        var pager = new TokenPager();
        pager.Loaded("t1");
        pager.MoveNext();

        pager.Reset();

        Assert.Equal(0, pager.Index);
        Assert.Null(pager.CurrentToken);
        Assert.False(pager.HasNext);
    }
}
