namespace BedreBalance.Rendering.Pdf.Layout;

internal enum TableRowRole
{
    Data,
    /// <summary>Heads the rows below it; never left alone at the bottom of a page.</summary>
    Group,
    /// <summary>Blank space between groups; dropped where a page starts.</summary>
    Spacer,
    /// <summary>The sum; a rule above it, and kept on a page with the row before it.</summary>
    Total,
}

internal sealed record TableColumn(double RelativeWidth, TextAlignment Alignment);

internal sealed record TableRowBlocks(TableRowRole Role, IReadOnlyList<TextBlock> Cells);

/// <summary>Measures of a table's look, in points.</summary>
internal sealed record TableStyle(
    double CellPaddingVertical,
    double CellPaddingHorizontal,
    double SpacerRowHeight,
    double CaptionGap,
    double NotesGap,
    double RuleThickness,
    double FrameRuleThickness);
