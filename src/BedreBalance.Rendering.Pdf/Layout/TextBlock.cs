using BedreBalance.Rendering.Pdf.Hyphenation;

namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>
/// Lines of text with a fixed line height: a paragraph, a heading, a table cell.
/// Splits between lines at a page end; a paragraph never leaves its first line alone at the bottom of a
/// page or its last line alone at the top of the next (orphan and widow control, off for table cells,
/// which split only when a row is taller than a page and then must use every line of room).
/// </summary>
internal sealed class TextBlock(
    IReadOnlyList<StyledText> texts,
    double lineHeight,
    LineBreaker lineBreaker,
    ITextMeasurer measurer,
    TextAlignment alignment = TextAlignment.Left,
    bool controlOrphansAndWidows = true) : IElement
{
    private IReadOnlyList<TextLine>? lines;
    private double linesWidth = double.NaN;
    private int nextLine;
    /// <summary>
    /// How many lines the block had, once <see cref="Draw"/> has drawn the last: its lines are then let go. A long
    /// table's cells kept theirs until the last page, so every line of the letter lived through every collection.
    /// </summary>
    private int drawnLines = -1;
    /// <summary>The font of the first text that is no superscript: the one lines are set on (null when all are).</summary>
    private readonly FontSpec? mainFont = MainFont(texts);

    public double LineHeight => lineHeight;

    public bool IsComplete => drawnLines >= 0 || (lines is not null && nextLine >= lines.Count);

    public IReadOnlyList<TextLine> Lines(double width)
    {
        // A block keeps the width it was first broken at: its lines must not change between pages.
        if (lines is null || (nextLine == 0 && width != linesWidth))
        {
            lines = alignment == TextAlignment.Justify
                ? lineBreaker.BreakJustified(texts, width, DanishHyphenator.Instance)
                : lineBreaker.Break(texts, width);
            linesWidth = width;
        }
        return lines;
    }

    public int RemainingLines(double width) => drawnLines >= 0 ? 0 : Lines(width).Count - nextLine;

    public SpacePlan Measure(double width, double availableHeight)
    {
        var remaining = RemainingLines(width);
        if (remaining == 0) return SpacePlan.Full(0);
        var fitting = LinesThatFit(remaining, availableHeight);
        if (fitting == 0) return SpacePlan.Wrap;
        return fitting == remaining ? SpacePlan.Full(fitting * lineHeight) : SpacePlan.Partial(fitting * lineHeight);
    }

    private int LinesThatFit(int remaining, double availableHeight)
    {
        var room = Math.Floor((availableHeight + LayoutTolerance.Epsilon) / lineHeight);
        var fitting = room >= remaining ? remaining : (int)room;
        if (fitting >= remaining || fitting <= 0 || !controlOrphansAndWidows) return Math.Max(fitting, 0);
        if (remaining - fitting == 1 && fitting > 1) fitting--; // widow: the last line would stand alone on the next page
        // A word is not hyphenated across pages: the hyphenated line moves over too, if what stays is not an orphan.
        if (lines![nextLine + fitting - 1].HyphenatedWord is not null && fitting > (nextLine == 0 ? 2 : 1)) fitting--;
        if (nextLine == 0 && fitting == 1) return 0; // orphan: the first line would stand alone at the bottom
        return fitting;
    }

    public double Height(double width) => (drawnLines >= 0 ? drawnLines : Lines(width).Count) * lineHeight;

    /// <summary>Draws every line without advancing: for captions and headers that repeat on each page.</summary>
    public void DrawWhole(ICanvas canvas, double x, double y, double width)
    {
        var allLines = Lines(width);
        for (var i = 0; i < allLines.Count; i++)
        {
            DrawLine(canvas, allLines[i], x, y + i * lineHeight, width);
        }
    }

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight)
    {
        if (drawnLines >= 0) return;
        var allLines = Lines(width);
        var count = LinesThatFit(allLines.Count - nextLine, availableHeight);
        for (var i = 0; i < count; i++)
        {
            DrawLine(canvas, allLines[nextLine + i], x, y + i * lineHeight, width);
        }
        nextLine += count;
        if (nextLine >= allLines.Count)
        {
            drawnLines = allLines.Count;
            lines = null;
        }
    }

    private void DrawLine(ICanvas canvas, TextLine line, double x, double top, double width)
    {
        var start = alignment == TextAlignment.Right ? x + width - line.Width : x;
        for (var i = 0; i < line.Fragments.Count; i++)
        {
            var fragment = line.Fragments[i];
            var baseline = Baseline(top, fragment.Font) - fragment.BaselineRaise;
            var space = fragment.TrailingSpace || (line.BrokenAtSpace && i == line.Fragments.Count - 1);
            if (fragment.ActualTextStart is { } whole) canvas.BeginActualText(whole);
            if (fragment.Structure is { } inline) canvas.BeginStructure(inline.Tag, inline.Attributes);
            if (fragment.EndsActualText)
            {
                // The span holds the word's glyphs only; the space after it stays plain text between words.
                canvas.DrawText(fragment.Text, fragment.Font, start + fragment.X, baseline);
                if (fragment.Structure is not null) canvas.EndStructure();
                canvas.EndActualText();
                if (space) canvas.DrawText(" ", fragment.Font, start + fragment.X + fragment.NaturalWidth, baseline);
                continue;
            }
            canvas.DrawText(space ? fragment.Text + " " : fragment.Text, fragment.Font, start + fragment.X, baseline);
            if (fragment.Structure is not null) canvas.EndStructure();
        }
    }

    private static FontSpec? MainFont(IReadOnlyList<StyledText> texts)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            if (!texts[i].Superscript) return texts[i].Font;
        }
        return null;
    }

    /// <summary>Centres the main font's ascent+descent in the line box, as word processors do.</summary>
    private double Baseline(double top, FontSpec fragmentFont)
    {
        var main = mainFont ?? fragmentFont;
        var metrics = measurer.Metrics(main);
        return top + (lineHeight - metrics.Ascent - metrics.Descent) / 2 + metrics.Ascent;
    }
}
