namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>
/// What every page of a table starts with: the caption, a gap, then the header row between two rules. Drawing it
/// opens the table's structure element, whose first element is the Caption (label and subtitle, one paragraph
/// each, so they are read as two parts), then the header row of column-scoped header cells with ids;
/// <see cref="TableElement"/> closes the table after the last row. The table's bookmark points at the caption.
/// Drawn whole and again on every page the table continues on, so it never completes by itself.
/// </summary>
internal sealed class TableTop(
    IReadOnlyList<TextBlock> caption,
    Bookmark bookmark,
    IReadOnlyList<TextBlock> header,
    IReadOnlyList<string> columnHeaderIds,
    TableGrid grid) : IElement
{
    public bool IsComplete => false;

    public double Height(double width) =>
        caption.Sum(c => c.Height(width)) + grid.Style.CaptionGap + grid.RowHeight(header, grid.ColumnWidths(width));

    public SpacePlan Measure(double width, double availableHeight)
    {
        var height = Height(width);
        return height <= availableHeight + LayoutTolerance.Epsilon ? SpacePlan.Full(height) : SpacePlan.Wrap;
    }

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight)
    {
        var style = grid.Style;
        var widths = grid.ColumnWidths(width);
        canvas.BeginStructure(StructureTag.Table);
        canvas.AddBookmark(bookmark.Title, bookmark.Level, y);
        canvas.BeginStructure(StructureTag.Caption);
        var cursor = y;
        foreach (var line in caption)
        {
            canvas.BeginStructure(StructureTag.Paragraph);
            line.DrawWhole(canvas, x, cursor, width);
            canvas.EndStructure();
            cursor += line.Height(width);
        }
        canvas.EndStructure();
        cursor += style.CaptionGap;
        var headerHeight = grid.RowHeight(header, widths);
        TableGrid.DrawRules(canvas, x, width, (cursor, style.FrameRuleThickness), (cursor + headerHeight, style.RuleThickness));
        canvas.BeginStructure(StructureTag.TableRow);
        var cellX = x;
        for (var c = 0; c < header.Count; c++)
        {
            canvas.BeginStructure(StructureTag.TableHeaderCell, new StructureAttributes(Id: columnHeaderIds[c], Scope: HeaderScope.Column));
            // Header cells sit on the rule below them, as in print, however many lines their neighbours need.
            var cellWidth = grid.CellTextWidth(c, widths);
            var lift = headerHeight - 2 * style.CellPaddingVertical - header[c].Height(cellWidth);
            header[c].DrawWhole(canvas, cellX + grid.CellInsetLeft(c), cursor + style.CellPaddingVertical + lift, cellWidth);
            canvas.EndStructure();
            cellX += widths[c];
        }
        canvas.EndStructure();
    }
}
