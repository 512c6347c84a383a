using System.Globalization;
using BedreBalance.Document;

namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>
/// Fills pages with a root element until it is complete, and numbers each page at the foot of the
/// text column (as an artifact: page numbers are not part of the letter's text).
/// </summary>
internal static class PageComposer
{
    /// <summary>A safety stop: layout that makes no progress must fail, not loop.</summary>
    public const int MaxPages = 10_000;

    /// <param name="maxPages">The stop; <see cref="MaxPages"/> but in tests, which reach it with a short letter.</param>
    /// <returns>The number of pages drawn.</returns>
    public static int Compose(IElement root, PageGeometry page, ICanvas canvas, ITextMeasurer measurer, FontSpec pageNumberFont, int maxPages = MaxPages)
    {
        var pageNumber = 0;
        while (!root.IsComplete)
        {
            if (++pageNumber > maxPages)
            {
                throw new LayoutLimitException(LayoutLimit.TooManyPages, maxPages);
            }
            var textHeight = page.TextHeightOf(pageNumber);
            var plan = root.Measure(page.TextWidth, textHeight);
            if (plan.Kind == SpaceKind.Wrap)
            {
                throw new LayoutLimitException(LayoutLimit.DoesNotFitOnAPage, pageNumber);
            }
            canvas.BeginPage(pageNumber);
            root.Draw(canvas, page.MarginLeft, page.MarginTopOf(pageNumber), page.TextWidth, textHeight);
            DrawPageNumber(canvas, measurer, page, pageNumber, pageNumberFont);
        }
        return pageNumber;
    }

    private static void DrawPageNumber(ICanvas canvas, ITextMeasurer measurer, PageGeometry page, int pageNumber, FontSpec font)
    {
        var text = pageNumber.ToString(CultureInfo.InvariantCulture);
        var x = page.MarginLeft + page.TextWidth - measurer.Width(text, font);
        // Half-way down the bottom margin: clear of the text, well inside the paper.
        var baseline = page.Height - page.MarginBottom / 2;
        canvas.BeginArtifact(ArtifactKind.PageFooter);
        canvas.DrawText(text, font, x, baseline);
        canvas.EndArtifact();
    }
}
