namespace BedreBalance.Rendering.Pdf.Layout;

internal enum TableRowRole
{
    Data,
    /// <summary>Heads the rows below it, up to the next group or total; never left alone at the bottom of a page.</summary>
    Group,
    /// <summary>The sum; a rule above it, and kept on a page with the row before it.</summary>
    Total,
}

internal sealed record TableColumn(double RelativeWidth, TextAlignment Alignment);

/// <param name="RowHeaders">Which cells name the row (tagged TH with row scope); null when none does.</param>
/// <param name="SpaceAbove">Space between this row and the one above, dropped where a page starts.</param>
internal sealed record TableRowBlocks(TableRowRole Role, IReadOnlyList<TextBlock> Cells, IReadOnlyList<bool>? RowHeaders = null, double SpaceAbove = 0)
{
    public bool IsRowHeader(int cell) => RowHeaders is { } headers && cell < headers.Count && headers[cell];
}

/// <summary>Measures of a table's look, in points.</summary>
internal sealed record TableStyle(
    double CellPaddingVertical,
    double CellPaddingHorizontal,
    double GroupSpace,
    double CaptionGap,
    double NotesGap,
    double RuleThickness,
    double FrameRuleThickness);
