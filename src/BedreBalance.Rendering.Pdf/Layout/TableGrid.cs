namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>A table's columns and measures: widths, cell insets, row heights and rules, shared by its top and its rows.</summary>
internal sealed class TableGrid(IReadOnlyList<TableColumn> columns, TableStyle style)
{
    public TableStyle Style => style;

    public double[] ColumnWidths(double width)
    {
        var total = columns.Sum(c => c.RelativeWidth);
        return columns.Select(c => width * c.RelativeWidth / total).ToArray();
    }

    /// <summary>Cells are padded between columns only, so the table's text lines up with the body text's margins.</summary>
    public double CellInsetLeft(int column) => column == 0 ? 0 : style.CellPaddingHorizontal;

    public double CellTextWidth(int column, double[] widths)
    {
        var inset = (column == 0 ? 0 : style.CellPaddingHorizontal) + (column == widths.Length - 1 ? 0 : style.CellPaddingHorizontal);
        return widths[column] - inset;
    }

    /// <summary>The height of the cells' remaining lines, padded: the tallest cell sets the row.</summary>
    public double RowHeight(IReadOnlyList<TextBlock> cells, double[] widths)
    {
        double tallest = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            tallest = Math.Max(tallest, cell.RemainingLines(CellTextWidth(c, widths)) * cell.LineHeight);
        }
        return tallest + 2 * style.CellPaddingVertical;
    }

    /// <summary>Rules across the table's width; layout, not text, so always an artifact.</summary>
    public static void DrawRules(ICanvas canvas, double x, double width, params (double Y, double Thickness)[] rules)
    {
        canvas.BeginArtifact(ArtifactKind.Layout);
        foreach (var (ruleY, thickness) in rules)
        {
            canvas.DrawHorizontalRule(x, x + width, ruleY, thickness);
        }
        canvas.EndArtifact();
    }
}
