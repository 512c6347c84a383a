using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// The layout's safety stop (issue 12: a letter so long that layout hit its 10.000-page stop ended in exit 70). The
/// stop is lowered here so that the three-page letter reaches it; the 10.000 pages themselves take some 30 s and
/// run in the hostile corpus with BEDREBALANCE_SLOW_TESTS=1.
/// </summary>
public class PageStopTests
{
    [Fact]
    public void A_letter_longer_than_the_stop_is_refused_at_the_stop_and_nothing_is_written()
    {
        using var output = new MemoryStream();
        var stopped = Assert.Throws<LayoutLimitException>(() => PdfRenderer.Render(TestLetter.Create(), output, PdfRenderOptions.Default with { MaximumPages = 2 }));

        Assert.Equal(LayoutLimit.TooManyPages, stopped.Limit);
        Assert.Equal(2, stopped.Page);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void A_letter_as_long_as_the_stop_is_laid_out()
    {
        using var output = new MemoryStream();

        Assert.Equal(3, PdfRenderer.RenderCountingPages(TestLetter.Create(), output, PdfRenderOptions.Default with { MaximumPages = 3 }));
    }

    [Fact]
    public void The_stop_is_ten_thousand_pages()
    {
        Assert.Equal(10_000, PdfRenderOptions.Default.MaximumPages);
        Assert.Equal(10_000, PageComposer.MaxPages);
    }
}
